import ArgumentParser
import BylineCore
import BylineTraining
import Foundation

/// `byline-train eval`: precision, recall and F1 by kind on each held-out split.
struct EvaluateCommand: ParsableCommand {
    static let configuration = CommandConfiguration(commandName: "eval", abstract: "Score a model on the held-out splits.")

    @Option(help: "The corpora folder.")
    var corpora: String
    @Option(help: "The model file.")
    var model: String
    @Option(help: "Use only the first N sentences of each corpus file.")
    var limit: Int?

    func run() throws {
        let recognizer = EntityRecognizer(model: try EntityModel(data: Data(contentsOf: URL(fileURLWithPath: model))))
        let splits = try CorpusLoader.load(from: URL(fileURLWithPath: corpora), limit: limit)
        for evaluation in Evaluation.heldOut(recognizer, splits) {
            print(evaluation.table)
        }
    }
}
