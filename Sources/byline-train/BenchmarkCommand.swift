import ArgumentParser
import BylineCore
import BylineTraining
import Foundation

/// `byline-train bench`: model load time and labelling speed on one core.
struct BenchmarkCommand: ParsableCommand {
    static let configuration = CommandConfiguration(commandName: "bench", abstract: "Time model loading and labelling.")

    @Option(help: "The corpora folder (its GMB sentences are the text labelled).")
    var corpora: String
    @Option(help: "The model file.")
    var model: String
    @Option(help: "Times to repeat each measurement; the best run is reported.")
    var repeats = 3

    func run() throws {
        let url = URL(fileURLWithPath: model)
        var bestLoad = Duration.seconds(1_000)
        var loaded: EntityModel?
        for _ in 0..<repeats {
            let start = ContinuousClock.now
            loaded = try EntityModel(data: Data(contentsOf: url))
            bestLoad = min(bestLoad, ContinuousClock.now - start)
        }
        guard let entityModel = loaded else { return }
        print("load (read file + decode + build table): \(bestLoad)")
        let text = try String(contentsOf: URL(fileURLWithPath: corpora).appendingPathComponent("gmb-ner/gmb-ner.tsv"), encoding: .utf8)
        let sentences = CorpusLoader.gmb(text).map(\.tokens)
        let tokens = sentences.reduce(0) { $0 + $1.count }
        let recognizer = EntityRecognizer(model: entityModel, gazetteer: try Gazetteer.bundled())
        var bestLabel = Duration.seconds(1_000_000)
        var mentions = 0
        for _ in 0..<repeats {
            let start = ContinuousClock.now
            mentions = sentences.reduce(0) { $0 + recognizer.label($1).count }
            bestLabel = min(bestLabel, ContinuousClock.now - start)
        }
        let seconds = Double(bestLabel.components.seconds) + Double(bestLabel.components.attoseconds) / 1e18
        print("labelled \(tokens) tokens in \(sentences.count) sentences (\(mentions) mentions) in \(bestLabel): \(Int(Double(tokens) / seconds)) tokens/s")
    }
}
