import BylineCore

/// Helpers that show what the core makes of a piece of text in a form easy to write expectations for.
enum Fixture {
    /// The texts of the tokens of `text`.
    static func tokens(_ text: String) -> [String] {
        let article = Article.parse(text)
        return article.tokens.map { article.string($0.range) }
    }

    /// The tokens of `text` as "text/kind".
    static func tagged(_ text: String) -> [String] {
        let article = Article.parse(text)
        return article.tokens.map { "\(article.string($0.range))/\($0.kind.rawValue)" }
    }

    /// The kind of the one token of `text` that reads `token`, or nil when no token reads so.
    static func kind(of token: String, in text: String) -> TokenKind? {
        let article = Article.parse(text)
        return article.tokens.first { article.string($0.range) == token }?.kind
    }

    /// The texts of the sentences of `text`.
    static func sentences(_ text: String) -> [String] {
        let article = Article.parse(text)
        return article.sentences.map { article.string($0.range) }
    }

    /// The texts of the paragraphs of `text`.
    static func paragraphs(_ text: String) -> [String] {
        let article = Article.parse(text)
        return article.paragraphs.map { article.string($0) }
    }

    /// The sample article's text; tests that need it fail when the resource is missing.
    static var sample: String {
        SampleArticle.text() ?? ""
    }
}
