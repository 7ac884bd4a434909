/// An article as a format reader extracted it (plain text, HTML or Markdown), before tokenizing: the text
/// the reader shows and the analysis reads, its blocks in order, inline markup and metadata.
public struct ArticleText: Sendable {
    /// The text. For plain text, the input as decoded; for HTML and Markdown, the extracted text with
    /// blocks separated by blank lines.
    public var text: String
    /// The blocks, in text order, not overlapping, each trimmed of surrounding whitespace.
    public var blocks: [Block]
    /// Inline markup (emphasis, links, code), sorted by range.
    public var inlines: [InlineStyle]
    public var metadata: ArticleMetadata

    public init(text: String, blocks: [Block], inlines: [InlineStyle] = [], metadata: ArticleMetadata = ArticleMetadata()) {
        self.text = text
        self.blocks = blocks
        self.inlines = inlines
        self.metadata = metadata
    }
}
