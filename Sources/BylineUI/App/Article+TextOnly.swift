import BylineCore

extension Article {
    /// The article as far as the reader needs it to show the text at once: its scalars and paragraphs
    /// (the core's `ParagraphSplitter`, so offsets match the full parse), with no tokens or sentences yet.
    public static func textOnly(_ text: String) -> Article {
        let scalars = Array(text.unicodeScalars)
        return Article(text: text, scalars: scalars, paragraphs: ParagraphSplitter.paragraphs(in: scalars),
                       tokens: [], sentences: [])
    }
}
