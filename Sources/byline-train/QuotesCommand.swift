import ArgumentParser
import BylineCore
import BylineTraining
import Foundation

extension PolNeARSplit.Part: ExpressibleByArgument {}

/// `byline-train quotes`: quote attribution on one part of PolNeAR. Analyzes every article of the part
/// in-process exactly as `byline analyze` does (the bundled models, the core's JSON writer), writes
/// `<id>.json` and `ids.txt` into the output folder, then scores them with the shared scorer.
struct QuotesCommand: ParsableCommand {
    static let configuration = CommandConfiguration(
        commandName: "quotes",
        abstract: "Score quote attribution on a part of PolNeAR (political news).",
        discussion: """
            The split is fixed (PolNeARSplit): every 5th article by sorted id is the development part, \
            measured only; the rest is the train part. --misses lists each missed quoted stretch and is \
            refused on the development part: look at misses on the train part.
            """
    )

    @Option(help: "The corpora folder (reads polnear-train/polnear-train.jsonl; the scorer is ../tools/score_attributions.py beside it).")
    var corpora: String
    @Option(help: "The part to analyze and score: dev or train.")
    var part: PolNeARSplit.Part = .dev
    @Option(help: "Where to write the predictions (default: byline-quotes-<part> in the temporary folder).")
    var out: String?
    @Flag(help: "List every missed quoted stretch with the gold and the predicted speaker (train part only).")
    var misses = false
    @Flag(help: "Print the scorer's counts as one JSON object.")
    var json = false
    @Flag(help: "Also print, by confidence band, the direct quotations found and the share with the right speaker.")
    var calibration = false
    @Flag(help: "Also write each sentence's tokens with part of speech and dependencies into the predictions (as `byline analyze --syntax`).")
    var syntax = false
    @Option(help: "The scorer (default: the tools folder beside the corpora folder).")
    var scorer: String?

    func validate() throws {
        if misses && part == .dev {
            throw ValidationError("--misses lists individual texts; the dev part is only measured on. Use --part train.")
        }
    }

    func run() throws {
        let corporaURL = URL(fileURLWithPath: corpora)
        let scorerURL = scorer.map { URL(fileURLWithPath: $0) }
            ?? corporaURL.deletingLastPathComponent().appendingPathComponent("tools/score_attributions.py")
        let articles = try PolNeARReader.articles(of: part, corpora: corporaURL)
        let attributionScorer = try AttributionScorer(script: scorerURL)
        let folder = out.map { URL(fileURLWithPath: $0) }
            ?? FileManager.default.temporaryDirectory.appendingPathComponent("byline-quotes-\(part.rawValue)")
        let ids = folder.appendingPathComponent("ids.txt")
        let models = try AnalysisModels.bundled()
        let seconds = try AttributionPredictions.write(articles, models: models, to: folder, idsFile: ids, syntax: syntax)
        print("\(part.rawValue) part: \(articles.count) articles analyzed in \(String(format: "%.2f", seconds)) s -> \(folder.path)")
        fflush(nil)  // the scorer writes to the same standard output
        let status = try attributionScorer.run(corpus: PolNeARReader.file(in: corporaURL), predictions: folder, ids: ids, misses: misses, json: json)
        if status != 0 { throw TrainFailure("the scorer \(scorerURL.path) exited with status \(status)") }
        if calibration {
            let status = try attributionScorer.calibration(corpus: PolNeARReader.file(in: corporaURL), predictions: folder, ids: ids)
            if status != 0 { throw TrainFailure("the calibration table exited with status \(status)") }
        }
    }
}
