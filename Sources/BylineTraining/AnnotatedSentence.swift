import BylineCore

/// A sentence of a training or evaluation corpus: its tokens and the entity spans marked on them.
public struct AnnotatedSentence: Hashable, Sendable {
    /// The token texts.
    public var tokens: [String]
    /// The named-entity spans, as token ranges, non-overlapping, in order.
    public var mentions: [AnnotatedSpan]
    /// Spans whose status the corpus leaves open (a name of a type Byline does not map): training accepts
    /// any label on them and evaluation ignores predictions that touch them.
    public var unknown: [Range<Int>]
    /// Whether whitespace followed each token in the source, where the corpus tells (nil: unknown, and
    /// taken as a space after every token).
    public var spaceAfter: [Bool]?

    public init(tokens: [String], mentions: [AnnotatedSpan], unknown: [Range<Int>] = [], spaceAfter: [Bool]? = nil) {
        self.tokens = tokens
        self.mentions = mentions
        self.unknown = unknown
        self.spaceAfter = spaceAfter
    }
}

/// A span of tokens with its entity kind.
public struct AnnotatedSpan: Hashable, Sendable {
    public var range: Range<Int>
    public var kind: EntityKind

    public init(range: Range<Int>, kind: EntityKind) {
        self.range = range
        self.kind = kind
    }
}
