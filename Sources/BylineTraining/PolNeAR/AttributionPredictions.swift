import BylineCore
import Foundation

/// Byline's analysis of PolNeAR articles written the way `byline analyze --out-dir` writes it: one
/// `byline.analysis/1` file `<id>.json` per article, from `Analyzer` with the given models and the core's
/// JSON writer, plus a file listing the ids, one a line, for the scorer's `--ids`.
public enum AttributionPredictions {
    /// Why predictions could not be written.
    public struct Failure: Error, CustomStringConvertible {
        public var description: String
    }

    /// Analyzes every article and writes `<id>.json` into `directory` (created if needed), then the ids to
    /// `idsFile`, each with its sentences' tokens and dependencies when `syntax` is set (for studying misses).
    /// Returns the seconds spent analyzing (without the writing).
    @discardableResult
    public static func write(_ articles: [PolNeARArticle], models: AnalysisModels, to directory: URL, idsFile: URL,
                             syntax: Bool = false) throws -> Double {
        for article in articles where !isPlainFileName(article.id) {
            throw Failure(description: "article id \"\(article.id)\" cannot name a file")
        }
        do {
            try FileManager.default.createDirectory(at: directory, withIntermediateDirectories: true)
        } catch {
            throw Failure(description: "cannot create \(directory.path) (\(error.localizedDescription))")
        }
        var seconds = 0.0
        for article in articles {
            let started = DispatchTime.now().uptimeNanoseconds
            let analysis = Analyzer.analyze(text: article.text, source: article.id + ".txt", models: models)
            seconds += Double(DispatchTime.now().uptimeNanoseconds - started) / 1e9
            try save(AnalysisJSON.encode(analysis, pretty: true, includeText: false, includeSyntax: syntax) + "\n", to: directory.appendingPathComponent(article.id + ".json"))
        }
        try save(articles.map { $0.id + "\n" }.joined(), to: idsFile)
        return seconds
    }

    private static func save(_ text: String, to url: URL) throws {
        do {
            try Data(text.utf8).write(to: url)
        } catch {
            throw Failure(description: "cannot write \(url.path) (\(error.localizedDescription))")
        }
    }

    /// Whether an id can be a file name as it is: letters, digits, ".", "_" and "-", not starting with ".".
    static func isPlainFileName(_ id: String) -> Bool {
        guard let first = id.unicodeScalars.first, first != "." else { return false }
        return id.unicodeScalars.allSatisfy { $0.isASCII && ($0.properties.isAlphabetic || $0.properties.numericType != nil || "._-".unicodeScalars.contains($0)) }
    }
}
