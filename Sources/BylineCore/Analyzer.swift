/// The analysis pipeline as one readable function: each stage takes what it needs as parameters.
public enum Analyzer {
    /// Analyzes decoded text. Pure: the same text gives the same analysis.
    public static func analyze(text: String, source: String) -> Analysis {
        let article = Article.parse(text)
        return Analysis(source: source, article: article)
    }
}
