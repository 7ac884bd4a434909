/// A proper-name mention the recognition stage settled on: its span (no leading "the" unless part of the
/// name, no possessive) and its kind. Linking groups these into entities.
public struct NamedMention: Hashable, Sendable {
    public var range: TextRange
    public var kind: EntityKind

    public init(range: TextRange, kind: EntityKind) {
        self.range = range
        self.kind = kind
    }
}
