import ArgumentParser
import BylineCore
import BylineTraining
import Foundation

/// `byline-train ner`: trains the entity labeller and writes the model file.
struct TrainNERCommand: ParsableCommand {
    static let configuration = CommandConfiguration(commandName: "ner", abstract: "Train the named-entity labeller.")

    @Option(help: "The corpora folder (with gmb-ner/, uner-english-ewt/, gum/, wikigold/).")
    var corpora: String
    @Option(help: "Where to write the model file.")
    var out: String
    @Option(help: "Passes over the training data.")
    var epochs = 8
    @Option(help: "Random seed; the same seed gives the same model bytes.")
    var seed: UInt64 = 1
    @Option(help: "Label scheme: bio or bilou.")
    var scheme = "bio"
    @Option(help: "Share of the silver GMB sentences drawn for each epoch.")
    var silverFraction = 0.5
    @Option(help: "How often each hand-annotated sentence is seen per epoch.")
    var goldRepeat = 1
    @Flag(help: "Let kinds a corpus does not annotate stand on its O tokens without penalty.")
    var partial = false
    @Option(help: "Share of sentences added again in headline casing.")
    var headlineRate = 0.05
    @Option(help: "Drop features whose largest averaged weight is below this.")
    var prune: Float = 1
    @Option(help: "Use only the first N sentences of each corpus file.")
    var limit: Int?
    @Flag(help: "Also evaluate on the held-out splits after training.")
    var evaluate = false
    @Flag(help: "Keep titles in person spans as the corpora have them.")
    var keepTitles = false
    @Option(help: "Leave out a training corpus by name (gmb, uner, gum, wikigold); repeatable.")
    var without: [String] = []
    @Flag(help: "Add gazetteer-membership features from the bundled name lists (GazetteerFeatures).")
    var gazetteerFeatures = false

    func run() throws {
        var options = TrainingOptions()
        options.epochs = epochs
        options.seed = seed
        guard let labelScheme = ["bio": LabelScheme.bio, "bilou": .bilou][scheme] else {
            throw ValidationError("scheme must be bio or bilou")
        }
        options.scheme = labelScheme
        options.silverFraction = silverFraction
        options.goldRepeat = goldRepeat
        options.partialLabels = partial
        options.headlineRate = headlineRate
        options.pruneThreshold = prune
        let start = ContinuousClock.now
        var splits = try CorpusLoader.load(from: URL(fileURLWithPath: corpora), limit: limit, trimTitles: !keepTitles)
        splits.training.removeAll { without.contains($0.name) }
        for corpus in splits.training {
            print("training on \(corpus.name): \(corpus.sentences.count) sentences, \(corpus.tokenCount) tokens")
        }
        let source: (any GazetteerFeatureSource)? = gazetteerFeatures ? GazetteerFeatures(gazetteer: try Gazetteer.bundled()) : nil
        let model = Trainer.train(splits.training, options: options, extractor: FeatureExtractor(gazetteer: source)) { print($0) }
        let data = model.encoded()
        try data.write(to: URL(fileURLWithPath: out))
        print("wrote \(out): \(data.count) bytes in \(ContinuousClock.now - start)")
        if evaluate {
            let recognizer = EntityRecognizer(model: try EntityModel(data: data), gazetteer: source)
            for evaluation in Evaluation.heldOut(recognizer, splits) {
                print(evaluation.table)
            }
        }
    }
}
