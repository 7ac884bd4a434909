import ArgumentParser
import BylineCore
import BylineTraining
import Foundation

/// `byline-train quote-confidence`: fits the direct quotations' confidence table on PolNeAR's train part.
/// Analyzes every train article with raw confidences (`QuoteConfidence.raw`), tallies the attributed
/// quotations matched to gold by raw confidence with the shared scorer's rule, and writes the fitted
/// table (`QuoteConfidence.fitted`). The same corpus and code give the same bytes.
struct QuoteConfidenceCommand: ParsableCommand {
    static let configuration = CommandConfiguration(
        commandName: "quote-confidence",
        abstract: "Fit the quotation confidence table on the train part of PolNeAR.",
        discussion: """
            Only the train part is read; measure the result on the development part with \
            `byline-train quotes --part dev --calibration`.
            """
    )

    @Option(help: "The corpora folder (reads polnear-train/polnear-train.jsonl; the scorer is ../tools/score_attributions.py beside it).")
    var corpora: String
    @Option(help: "Where to write the train predictions with raw confidences.")
    var predictions: String
    @Option(help: "The table to write (the shipped one is Sources/BylineCore/Resources/Models/quote-confidence.tsv).")
    var out: String
    @Option(help: "The scorer (default: the tools folder beside the corpora folder).")
    var scorer: String?

    func run() throws {
        let corporaURL = URL(fileURLWithPath: corpora)
        let scorerURL = scorer.map { URL(fileURLWithPath: $0) }
            ?? corporaURL.deletingLastPathComponent().appendingPathComponent("tools/score_attributions.py")
        let articles = try PolNeARReader.articles(of: .train, corpora: corporaURL)
        let folder = URL(fileURLWithPath: predictions)
        let ids = folder.appendingPathComponent("ids.txt")
        let models = try AnalysisModels.bundled().with(quoteConfidence: .raw)
        let seconds = try AttributionPredictions.write(articles, models: models, to: folder, idsFile: ids, syntax: false)
        print("train part: \(articles.count) articles analyzed in \(String(format: "%.2f", seconds)) s -> \(folder.path)")
        let tallies = try AttributionScorer(script: scorerURL)
            .confidenceTallies(corpus: PolNeARReader.file(in: corporaURL), predictions: folder, ids: ids)
        let table = QuoteConfidence.fitted(tallies)
        let header = [
            "What a direct quotation's raw confidence (set by the attribution rule) means: the share of PolNeAR train-part",
            "quotations with that raw confidence whose speaker is right (shared scorer's rule). Written by",
            "`byline-train quote-confidence --corpora ../shared/corpora --predictions DIR --out THIS FILE`; do not edit.",
            "raw\tnamed (speaker is an entity)\tquotations\tshare right",
        ]
        try table.text(header: header).write(to: URL(fileURLWithPath: out), atomically: true, encoding: .utf8)
        for bin in table.bins {
            print("raw \(String(format: "%.2f", bin.raw)) \(bin.named ? "named  " : "unnamed"): \(bin.count) quotations, \(String(format: "%.2f", bin.share)) right")
        }
        print("-> \(out)")
    }
}
