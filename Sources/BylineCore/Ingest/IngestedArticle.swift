/// An input read as an article: its text and blocks as its format reader extracted them, the format, and
/// how its bytes were decoded.
public struct IngestedArticle: Sendable {
    public let article: ArticleText
    public let format: ArticleFormat
    public let decoded: DecodedText
}

extension Ingest {
    /// Decodes `bytes` and reads them in `format`, or else the format detected from the content with
    /// `hint` (the file extension's) deciding close calls. Block `source` ranges are in `bytes`.
    public static func read(_ bytes: [UInt8], format: ArticleFormat? = nil, hint: ArticleFormat? = nil) throws(IngestError) -> IngestedArticle {
        let decoded = try decode(bytes)
        let chosen = format ?? ArticleFormat.detect(decoded.text, hint: hint)
        let map = SourceMap(encoding: decoded.encoding, byteOrderMarkLength: decoded.byteOrderMarkLength)
        var article: ArticleText
        switch chosen {
        case .text:
            article = PlainTextReader.read(decoded.text)
            article.blocks = map.mapped(article.blocks, in: decoded.text, fromRanges: true)
        case .html:
            article = HTMLReader.read(Array(decoded.text.utf8))
            article.blocks = map.mapped(article.blocks, in: decoded.text, fromRanges: false)
        case .markdown:
            article = MarkdownReader.read(decoded.text)
            article.blocks = map.mapped(article.blocks, in: decoded.text, fromRanges: false)
        }
        return IngestedArticle(article: article, format: chosen, decoded: decoded)
    }
}
