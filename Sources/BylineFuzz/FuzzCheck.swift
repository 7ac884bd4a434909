import BylineCore

/// One fuzz case run as `byline analyze` runs an article (`Analyzer.analyze`, then `AnalysisJSON`), twice:
/// the JSON must keep `AnalysisInvariants` and be the same both times. A trap is not caught here; the fuzz
/// command runs cases in a child process to see it.
public enum FuzzCheck {
    /// The source name the cases are analysed under.
    public static let source = "fuzz"

    /// What is wrong with the analysis of `text`; empty when nothing is. `syntax` adds the tokens' parts of
    /// speech and heads to the JSON, as `byline analyze --syntax` does.
    public static func violations(_ text: String, models: AnalysisModels, syntax: Bool) -> [String] {
        let json = analyze(text, models: models, syntax: syntax)
        var problems = AnalysisInvariants.violations(json: json, text: text, source: source)
        if analyze(text, models: models, syntax: syntax) != json { problems.append("a second analysis gave different JSON") }
        return problems
    }

    private static func analyze(_ text: String, models: AnalysisModels, syntax: Bool) -> [UInt8] {
        let analysis = Analyzer.analyze(text: text, source: source, models: models)
        return AnalysisJSON.utf8(analysis, pretty: true, includeText: false, includeSyntax: syntax)
    }
}
