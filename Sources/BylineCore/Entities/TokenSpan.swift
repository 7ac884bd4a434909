/// A candidate mention while the recognition rules work on one sentence: a range of the sentence's token
/// indices (0 is the sentence's first token) and a kind.
struct TokenSpan: Hashable, Sendable {
    var range: Range<Int>
    var kind: EntityKind

    init(_ range: Range<Int>, _ kind: EntityKind) {
        self.range = range
        self.kind = kind
    }
}
