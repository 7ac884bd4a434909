import ArgumentParser
import BylineCore
import BylineTraining
import Foundation

/// `byline-train eval`: precision, recall and F1 by kind on each held-out split, for the model alone
/// and, with `--pipeline`, for the whole recognition stage (model plus `MentionFinder`'s rules).
struct EvaluateCommand: ParsableCommand {
    static let configuration = CommandConfiguration(commandName: "eval", abstract: "Score a model on the held-out splits.")

    @Option(help: "The corpora folder.")
    var corpora: String
    @Option(help: "The model file.")
    var model: String
    @Option(help: "Use only the first N sentences of each corpus file.")
    var limit: Int?
    @Flag(help: "Also score the whole pipeline: each sentence rebuilt as text, parsed, and run through MentionFinder with the bundled gazetteer.")
    var pipeline = false
    @Option(help: "With --pipeline, write the pipeline's wrong spans to this file, split by split.")
    var mistakes: String?
    @Option(help: "heldout (the reported splits) or train (for error analysis: Wikigold's analysis fifth, never trained on, and a ninth of each training corpus, which the model has seen).")
    var part = "heldout"

    func run() throws {
        let gazetteer = try Gazetteer.bundled()
        let recognizer = EntityRecognizer(model: try EntityModel(data: Data(contentsOf: URL(fileURLWithPath: model))), gazetteer: gazetteer)
        var splits = try CorpusLoader.load(from: URL(fileURLWithPath: corpora), limit: limit)
        switch part {
        case "heldout": break
        case "train": splits.heldOut = splits.analysis + splits.training.map(\.analysisSlice)
        default: throw ValidationError("part must be heldout or train")
        }
        let modelOnly = Evaluation.heldOut(recognizer, splits)
        for evaluation in modelOnly {
            print(evaluation.table)
        }
        guard pipeline else { return }
        let whole = splits.heldOut.map { Evaluation.pipeline(recognizer, gazetteer: gazetteer, on: $0) }
        for evaluation in whole {
            print(evaluation.table)
        }
        print(Evaluation.comparison(modelOnly: modelOnly, pipeline: whole))
        if let mistakes {
            let lines = whole.flatMap { ["# \($0.corpus)"] + $0.mistakes }
            try (lines.joined(separator: "\n") + "\n").write(toFile: mistakes, atomically: true, encoding: .utf8)
        }
    }
}
