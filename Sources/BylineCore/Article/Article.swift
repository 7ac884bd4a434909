/// An article's text with its structure: blocks (and their spans, the paragraphs), tokens and sentences,
/// all as spans of the text exactly as decoded or extracted (no normalization), with the markup and
/// metadata its format gave it.
///
/// The text is also kept as an array of Unicode scalars so that any span can be read in constant time.
public struct Article: Sendable {
    /// The decoded text.
    public let text: String
    /// The text's Unicode scalars; offsets in every `TextRange` index this array.
    public let scalars: [Unicode.Scalar]
    /// The blocks (title, byline, paragraphs, headings, …), in order.
    public let blocks: [Block]
    /// The spans of the blocks, in order: sentences never cross them.
    public let paragraphs: [TextRange]
    /// Inline markup from HTML or Markdown, sorted by range.
    public let inlines: [InlineStyle]
    /// The headline, authors, date, site and URL the input gave.
    public let metadata: ArticleMetadata
    /// Every token, in order, non-overlapping.
    public let tokens: [Token]
    /// Sentence spans, in order, each inside one paragraph.
    public let sentences: [Sentence]

    /// Creates an article from already computed parts; `Article.parse` is the usual way in.
    public init(text: String, scalars: [Unicode.Scalar], blocks: [Block], tokens: [Token], sentences: [Sentence],
                inlines: [InlineStyle] = [], metadata: ArticleMetadata = ArticleMetadata()) {
        self.text = text
        self.scalars = scalars
        self.blocks = blocks
        self.paragraphs = blocks.map(\.range)
        self.tokens = tokens
        self.sentences = sentences
        self.inlines = inlines
        self.metadata = metadata
    }

    /// Creates an article whose blocks are all paragraphs.
    public init(text: String, scalars: [Unicode.Scalar], paragraphs: [TextRange], tokens: [Token], sentences: [Sentence]) {
        self.init(text: text, scalars: scalars, blocks: paragraphs.map { Block(range: $0, kind: .paragraph) },
                  tokens: tokens, sentences: sentences)
    }

    /// The text of a span.
    public func string(_ range: TextRange) -> String {
        let slice = scalars[range.start..<range.end]
        // Written as UTF-8 into the string's own storage: appending scalars one by one is several times
        // slower, and the reader builds a string per drawn run every frame.
        return String(unsafeUninitializedCapacity: slice.count * 4) { buffer in
            var count = 0
            for scalar in slice {
                for byte in scalar.utf8 {
                    buffer[count] = byte
                    count += 1
                }
            }
            return count
        }
    }

    /// The headline: the metadata's, else the text of the title block.
    public var title: String? {
        metadata.title ?? blocks.first { $0.kind == .title }.map { string($0.range) }
    }

    /// The number of scalars in the text.
    public var length: Int { scalars.count }
}
