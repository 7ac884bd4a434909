import BylineCore
import BylineTraining
import Foundation
import Testing

/// Predictions are the core's analysis in the core's JSON, one file per article, and the scorer's setup
/// fails with a clear message.
@Suite struct AttributionPredictionsTests {
    static let article = PolNeARArticle(
        id: "x-1", publisher: "p", date: "d", title: "t",
        text: "🎉 Dana Reyes said: “The count was fair.” 𝒜 Then she left.", attributions: [])

    @Test func writesTheAnalysisAsBylineAnalyzeDoes() throws {
        let folder = FileManager.default.temporaryDirectory.appendingPathComponent("byline-predictions-\(UUID().uuidString)")
        defer { try? FileManager.default.removeItem(at: folder) }
        let models = try AnalysisModels.bundled()
        let ids = folder.appendingPathComponent("ids.txt")
        try AttributionPredictions.write([Self.article], models: models, to: folder, idsFile: ids)
        let written = try String(contentsOf: folder.appendingPathComponent("x-1.json"), encoding: .utf8)
        let expected = AnalysisJSON.encode(Analyzer.analyze(text: Self.article.text, source: "x-1.txt", models: models), pretty: true)
        #expect(written == expected + "\n")
        #expect(written.contains("\"schema\": \"byline.analysis/1\""))
        #expect(try String(contentsOf: ids, encoding: .utf8) == "x-1\n")
    }

    @Test func anIdThatCannotNameAFileIsRefused() throws {
        var article = Self.article
        article.id = "../escape"
        let folder = FileManager.default.temporaryDirectory.appendingPathComponent("byline-predictions-\(UUID().uuidString)")
        defer { try? FileManager.default.removeItem(at: folder) }
        #expect(throws: AttributionPredictions.Failure.self) {
            try AttributionPredictions.write([article], models: try AnalysisModels.bundled(), to: folder,
                                             idsFile: folder.appendingPathComponent("ids.txt"))
        }
        #expect(!FileManager.default.fileExists(atPath: folder.path))
    }

    @Test func aMissingPythonIsNamed() throws {
        let script = FileManager.default.temporaryDirectory.appendingPathComponent("scorer-\(UUID().uuidString).py")
        try Data("print(1)\n".utf8).write(to: script)
        defer { try? FileManager.default.removeItem(at: script) }
        let error = #expect(throws: AttributionScorer.Failure.self) { try AttributionScorer(script: script, path: "/nonexistent") }
        #expect(error?.description.contains("python3 was not found") == true)
        let missing = #expect(throws: AttributionScorer.Failure.self) {
            try AttributionScorer(script: script.appendingPathExtension("gone"), path: "/usr/bin")
        }
        #expect(missing?.description.contains("is missing") == true)
    }
}
