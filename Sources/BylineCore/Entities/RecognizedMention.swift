/// A proper-name mention the statistical recognizer found: a span of the article and its kind.
public struct RecognizedMention: Hashable, Sendable {
    public var range: TextRange
    public var kind: EntityKind

    public init(range: TextRange, kind: EntityKind) {
        self.range = range
        self.kind = kind
    }
}
