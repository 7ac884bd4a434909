import BylineCore

/// One input file read and analysed, or the reason it could not be read: the part of `byline analyze`
/// that runs on a worker thread. The JSON is made when it is written (`writeJSON`), piece by piece, so a
/// long article's JSON (several times the size of its text) is never whole in memory.
struct AnalyzedInput: Sendable {
    /// Problems worth a warning that did not stop the reading.
    let warnings: [String]
    /// The analysis, or why the input could not be read.
    let analysis: Result<Analysis, InputFailure>
    /// Indented JSON (a single input, or files in a folder) rather than one line per input (JSON Lines).
    let pretty: Bool
    /// Whether the JSON carries each sentence's parts of speech and dependencies.
    let syntax: Bool
    /// Whether the JSON carries the article's text.
    let includeText: Bool

    init(file: String, format: ArticleFormat?, models: AnalysisModels, pretty: Bool, syntax: Bool, includeText: Bool) {
        self.pretty = pretty
        self.syntax = syntax
        self.includeText = includeText
        do {
            let input = try ArticleInput.read(file, format: format)
            analysis = .success(Analyzer.analyze(Article.parse(input.article), source: input.source, models: models))
            warnings = input.warnings
        } catch {
            warnings = []
            analysis = .failure(error)
        }
    }

    /// Hands the analysis's JSON, ending in a line break, to `write` in pieces in order; after the first
    /// piece `write` fails on, no more are handed over and that failure is thrown.
    func writeJSON(_ analysis: Analysis,
                   _ write: (UnsafeBufferPointer<UInt8>) throws(OutputFailure) -> Void) throws(OutputFailure) {
        var failure: OutputFailure?
        withoutActuallyEscaping(write) { write in
            AnalysisJSON.write(analysis, pretty: pretty, includeText: includeText, includeSyntax: syntax) { piece in
                guard failure == nil else { return }
                do throws(OutputFailure) { try write(piece) } catch { failure = error }
            }
        }
        if let failure { throw failure }
        if !pretty {
            let newline: [UInt8] = [0x0A]
            try newline.withUnsafeBufferPointer { (piece) throws(OutputFailure) in try write(piece) }
        }
    }
}
