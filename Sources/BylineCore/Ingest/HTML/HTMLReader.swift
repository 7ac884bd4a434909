/// Reads an HTML page as an article: parsed by libxml2 (`HTMLParser`), its content picked by
/// `HTMLContentScorer` and written as blocks by `HTMLBlockWriter`, its metadata read by `HTMLMetadata`.
/// The headline and the authors head the text as title and byline blocks when the content does not
/// already start with them.
public enum HTMLReader {
    /// Reads UTF-8 HTML (a page in another encoding is decoded first; its declaration is not read again).
    public static func read(_ utf8: [UInt8]) -> ArticleText {
        let page = HTMLParser.parse(utf8)
        let metadata = HTMLMetadata.read(page)
        var article = HTMLBlockWriter.write(HTMLContentScorer.contentElements(of: page), of: page, metadata: metadata)
        article.blocks = BlockRoles.assign(article.blocks, scalars: Array(article.text.unicodeScalars), findsTitle: false)
        return article.headed(by: metadata)
    }
}
