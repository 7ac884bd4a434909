import ArgumentParser
import BylineCore
import BylineTraining
import Foundation

/// `byline-train syntax`: trains the part-of-speech tagger and dependency parser and writes the model file.
struct TrainSyntaxCommand: ParsableCommand {
    static let configuration = CommandConfiguration(
        commandName: "syntax", abstract: "Train the UPOS tagger and dependency parser on UD English-EWT and GUM.")

    @Option(help: "The corpora folder (with ud-english-ewt/ and gum/dep_conllu/).")
    var corpora: String
    @Option(help: "Where to write the model file.")
    var out: String
    @Option(help: "Passes of the tagger over the training data.")
    var taggerEpochs = 8
    @Option(help: "Passes of the parser over the training data.")
    var parserEpochs = 12
    @Option(help: "Folds for jackknifed parser training tags (1: gold tags).")
    var folds = 4
    @Option(help: "Passes of each jackknife fold's tagger.")
    var foldEpochs = 5
    @Option(help: "Parser epoch from which it explores its own mistakes.")
    var exploreFrom = 2
    @Option(help: "Drop tagger features whose largest averaged weight is below this.")
    var taggerPrune: Float = 0.5
    @Option(help: "Drop move features whose largest averaged weight is below this.")
    var movePrune: Float = 0.5
    @Option(help: "Drop label features whose largest averaged weight is below this.")
    var labelPrune: Float = 0.5
    @Option(help: "Random seed; the same seed gives the same model bytes.")
    var seed: UInt64 = 1
    @Option(help: "Use only the first N sentences of each source.")
    var limit: Int?
    @Flag(help: "Train only on the treebanks' tokenization, without Byline-tokenized copies.")
    var treebankTokensOnly = false

    func run() throws {
        let start = ContinuousClock.now
        let splits = try SyntaxCorpus.load(from: URL(fileURLWithPath: corpora), limit: limit, bylineTokens: !treebankTokensOnly)
        print("training on \(splits.training.count) sentences (\(splits.retokenized) of them Byline-tokenized copies), "
              + "\(splits.training.reduce(0) { $0 + $1.words.count }) words")
        var options = SyntaxTrainingOptions()
        options.taggerEpochs = taggerEpochs
        options.parserEpochs = parserEpochs
        options.jackknifeFolds = folds
        options.foldTaggerEpochs = foldEpochs
        options.explorationStart = exploreFrom
        options.taggerPrune = taggerPrune
        options.movePrune = movePrune
        options.labelPrune = labelPrune
        options.seed = seed
        let model = try SyntaxTrainer.train(splits.training, options: options) { print($0) }
        let data = model.encoded()
        try data.write(to: URL(fileURLWithPath: out))
        print("wrote \(out): \(data.count) bytes in \(start.duration(to: .now))")
        print("EWT dev: \(ParseEvaluation.evaluate(model, on: splits.dev).summary)")
        if !splits.gumHeldOut.isEmpty {
            print("GUM held-out: \(ParseEvaluation.evaluate(model, on: splits.gumHeldOut).summary)")
        }
    }
}
