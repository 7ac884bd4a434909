import BylineCore

/// One input file read, analysed and encoded as JSON, or the reason it could not be read: the part of
/// `byline analyze` that runs on a worker thread, leaving all printing and writing to the caller.
struct AnalyzedInput: Sendable {
    /// Problems worth a warning that did not stop the reading.
    let warnings: [String]
    let json: Result<String, InputFailure>

    init(file: String, format: ArticleFormat?, models: AnalysisModels, pretty: Bool, syntax: Bool, includeText: Bool) {
        do {
            let input = try ArticleInput.read(file, format: format)
            let analysis = Analyzer.analyze(Article.parse(input.article), source: input.source, models: models)
            warnings = input.warnings
            json = .success(AnalysisJSON.encode(analysis, pretty: pretty, includeText: includeText, includeSyntax: syntax))
        } catch {
            warnings = []
            json = .failure(error)
        }
    }
}
