import BylineCore

/// One input file read, analysed and encoded as JSON, or the reason it could not be read: the part of
/// `byline analyze` that runs on a worker thread, leaving all printing and writing to the caller.
struct AnalyzedInput: Sendable {
    /// Problems worth a warning that did not stop the reading.
    let warnings: [String]
    /// The JSON in UTF-8 with a line break after it, as bytes: one copy of what is printed (a string and
    /// that string with the line break added would be three, and the JSON can be 25 times the text).
    let json: Result<[UInt8], InputFailure>

    init(file: String, format: ArticleFormat?, models: AnalysisModels, pretty: Bool, syntax: Bool, includeText: Bool) {
        do {
            let input = try ArticleInput.read(file, format: format)
            let analysis = Analyzer.analyze(Article.parse(input.article), source: input.source, models: models)
            warnings = input.warnings
            var bytes = AnalysisJSON.utf8(analysis, pretty: pretty, includeText: includeText, includeSyntax: syntax)
            bytes.append(UInt8(ascii: "\n"))
            json = .success(bytes)
        } catch {
            warnings = []
            json = .failure(error)
        }
    }
}
