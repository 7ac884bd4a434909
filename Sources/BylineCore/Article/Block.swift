/// One block of an article's text: a span of whole lines with what it is (a headline, a paragraph, a
/// list item, …) and where it came from in the input.
public struct Block: Hashable, Sendable {
    /// What a block is. The raw values are the JSON's `kind` names.
    public enum Kind: String, Hashable, Sendable, CaseIterable {
        /// The article's headline.
        case title
        /// The line naming the authors ("By A and B").
        case byline
        /// The place (and agency) a news story opens with ("BRUSSELS (Wire) —"), a block of its own so
        /// that it never becomes part of the first sentence.
        case dateline
        /// A heading inside the article.
        case heading
        case paragraph
        case blockQuote = "block_quote"
        case listItem = "list_item"
        /// A figure's or a table's caption.
        case caption
        /// Preformatted text or code.
        case code
    }

    /// The block's span of the text, trimmed of surrounding whitespace.
    public var range: TextRange
    public var kind: Kind
    /// The heading level (1–6) for headings, the nesting depth (from 1) for list items and block quotes,
    /// 0 otherwise.
    public var level: Int
    /// The bytes of the input the block was read from (for HTML and Markdown, the element's; for text
    /// read from another encoding, the bytes of that encoding), when known.
    public var source: Range<Int>?

    public init(range: TextRange, kind: Kind, level: Int = 0, source: Range<Int>? = nil) {
        self.range = range
        self.kind = kind
        self.level = level
        self.source = source
    }

    /// Whether the block is read as running text (the closing-author rule looks at the last of these).
    public var isProse: Bool {
        switch self.kind {
        case .paragraph, .blockQuote, .listItem: true
        case .title, .byline, .dateline, .heading, .caption, .code: false
        }
    }
}
