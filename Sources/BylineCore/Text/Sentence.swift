/// A sentence: its span and the tokens it holds. The token bounds are kept as 32-bit indices (16 bytes a
/// sentence), like `TextRange`'s offsets.
public struct Sentence: Hashable, Sendable {
    /// The sentence's span, from its first token's start to its last token's end.
    public var range: TextRange
    private var first: Int32
    private var end: Int32

    /// Indices into `Article.tokens` of the sentence's tokens.
    public var tokens: Range<Int> {
        get { Int(first)..<Int(end) }
        set {
            first = Int32(newValue.lowerBound)
            end = Int32(newValue.upperBound)
        }
    }

    public init(range: TextRange, tokens: Range<Int>) {
        self.range = range
        first = Int32(tokens.lowerBound)
        end = Int32(tokens.upperBound)
    }
}
