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
    @Flag(help: "Train the tagger with its own previous tags as history instead of the gold ones.")
    var taggerOwnHistory = false
    @Option(help: "Words seen at least this often in training take only the tags seen with them (0: no tag dictionary).")
    var tagDictionaryMinimum = 0
    @Option(help: "Train only the tagger, and take the parser from this model file.")
    var parserFrom: String?
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
    @Flag(help: "Score EWT dev after every parser epoch (for tuning the number of epochs).")
    var devEveryEpoch = false
    @Option(parsing: .upToNextOption, help: "Also write OUT.pruneF for each of these multiples F of the prune thresholds, with its size and EWT dev scores.")
    var pruneSweep: [Float] = []

    func run() throws {
        let start = ContinuousClock.now
        let splits = try SyntaxCorpus.load(from: URL(fileURLWithPath: corpora), limit: limit, bylineTokens: !treebankTokensOnly)
        say("training on \(splits.training.count) sentences (\(splits.retokenized) of them Byline-tokenized copies), "
              + "\(splits.training.reduce(0) { $0 + $1.words.count }) words")
        var options = SyntaxTrainingOptions()
        options.taggerEpochs = taggerEpochs
        options.parserEpochs = parserEpochs
        options.jackknifeFolds = folds
        options.foldTaggerEpochs = foldEpochs
        options.explorationStart = exploreFrom
        options.taggerOwnHistory = taggerOwnHistory
        options.tagDictionaryMinimum = tagDictionaryMinimum
        options.taggerPrune = taggerPrune
        options.movePrune = movePrune
        options.labelPrune = labelPrune
        options.seed = seed
        if let parserFrom {
            let parser = try SyntaxModel(data: Data(contentsOf: URL(fileURLWithPath: parserFrom)))
            let model = try SyntaxTrainer.retrainTagger(splits.training, keepingParserOf: parser, options: options, log: { self.say($0) })
            try write(model, to: out, start: start, splits: splits)
            return
        }
        let trained = try SyntaxTrainer.trainWeights(splits.training, options: options, log: { self.say($0) },
                                                     afterEpoch: devEveryEpoch ? { epoch, model in
            say("after parser epoch \(epoch), EWT dev: \(ParseEvaluation.evaluate(model, on: splits.dev).summary)")
        } : nil)
        for factor in pruneSweep {
            let model = try trained.model(taggerPrune: taggerPrune * factor, movePrune: movePrune * factor, labelPrune: labelPrune * factor)
            let sweepOut = "\(out).prune\(factor)"
            try model.encoded().write(to: URL(fileURLWithPath: sweepOut))
            say("prune × \(factor) (\(sweepOut)): \(model.encoded().count) bytes, EWT dev: \(ParseEvaluation.evaluate(model, on: splits.dev).summary)")
        }
        let model = try trained.model(taggerPrune: taggerPrune, movePrune: movePrune, labelPrune: labelPrune) { self.say($0) }
        try write(model, to: out, start: start, splits: splits)
    }

    /// Writes the model file and prints its size and held-out scores.
    private func write(_ model: SyntaxModel, to out: String, start: ContinuousClock.Instant, splits: SyntaxCorpus.Splits) throws {
        let data = model.encoded()
        try data.write(to: URL(fileURLWithPath: out))
        say("wrote \(out): \(data.count) bytes in \(start.duration(to: .now))")
        say("EWT dev: \(ParseEvaluation.evaluate(model, on: splits.dev).summary)")
        if !splits.gumHeldOut.isEmpty {
            say("GUM held-out: \(ParseEvaluation.evaluate(model, on: splits.gumHeldOut).summary)")
        }
    }

    /// Prints a line at once (standard output is block-buffered when it is a file), for progress in logs.
    private func say(_ line: String) {
        FileHandle.standardOutput.write(Data((line + "\n").utf8))
    }
}
