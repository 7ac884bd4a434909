/// An article's text with its structure: paragraphs, tokens and sentences, all as spans of the text
/// exactly as decoded (no normalization).
///
/// The text is also kept as an array of Unicode scalars so that any span can be read in constant time.
public struct Article: Sendable {
    /// The decoded text.
    public let text: String
    /// The text's Unicode scalars; offsets in every `TextRange` index this array.
    public let scalars: [Unicode.Scalar]
    /// Paragraph spans, trimmed of surrounding whitespace, in order.
    public let paragraphs: [TextRange]
    /// Every token, in order, non-overlapping.
    public let tokens: [Token]
    /// Sentence spans, in order, each inside one paragraph.
    public let sentences: [Sentence]

    /// Creates an article from already computed parts; `Article.parse` is the usual way in.
    public init(text: String, scalars: [Unicode.Scalar], paragraphs: [TextRange], tokens: [Token], sentences: [Sentence]) {
        self.text = text
        self.scalars = scalars
        self.paragraphs = paragraphs
        self.tokens = tokens
        self.sentences = sentences
    }

    /// The text of a span.
    public func string(_ range: TextRange) -> String {
        var result = String.UnicodeScalarView()
        result.append(contentsOf: scalars[range.start..<range.end])
        return String(result)
    }

    /// The number of scalars in the text.
    public var length: Int { scalars.count }
}
