/// Inline markup kept from HTML or Markdown as a span of the plain text, so the reader can show it as
/// attributes while the analysis reads the text alone.
public struct InlineStyle: Hashable, Sendable {
    /// What the markup was.
    public enum Kind: Hashable, Sendable {
        /// `<em>`, `<i>`, `*text*`.
        case emphasis
        /// `<strong>`, `<b>`, `**text**`.
        case strong
        /// `<code>`, `` `text` ``.
        case code
        /// A link to `target` (as written in the input).
        case link(target: String)
    }

    public var range: TextRange
    public var kind: Kind

    public init(range: TextRange, kind: Kind) {
        self.range = range
        self.kind = kind
    }
}
