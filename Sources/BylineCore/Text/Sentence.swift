/// A sentence: its span and the tokens it holds.
public struct Sentence: Hashable, Sendable {
    /// The sentence's span, from its first token's start to its last token's end.
    public var range: TextRange
    /// Indices into `Article.tokens` of the sentence's tokens.
    public var tokens: Range<Int>

    public init(range: TextRange, tokens: Range<Int>) {
        self.range = range
        self.tokens = tokens
    }
}
