import BylineCore

/// One input file read, analysed and encoded as JSON, or the reason it could not be read: the part of
/// `byline analyze` that runs on a worker thread, leaving all printing and writing to the caller.
struct AnalyzedInput: Sendable {
    /// Problems worth a warning that did not stop the reading.
    let warnings: [String]
    let json: Result<String, InputFailure>

    init(file: String, models: AnalysisModels, pretty: Bool, syntax: Bool) {
        do {
            let input = try ArticleInput.read(file)
            let analysis = Analyzer.analyze(text: input.text, source: input.source, models: models)
            warnings = input.warnings
            json = .success(AnalysisJSON.encode(analysis, pretty: pretty, includeText: false, includeSyntax: syntax))
        } catch {
            warnings = []
            json = .failure(error)
        }
    }
}
