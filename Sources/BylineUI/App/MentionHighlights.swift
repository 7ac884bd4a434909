import BylineCore

/// The name mentions of all entities as spans sorted by start, to find those on a line quickly (see
/// `SortedSpans`). Only `.name` mentions are kept: titles, nominals and pronouns are highlighted only
/// while their entity is selected.
public struct MentionHighlights: Sendable {
    /// A highlighted span, the kind of the entity it names and that entity's id.
    public struct Span: Hashable, Sendable {
        public var range: TextRange
        public var kind: EntityKind
        public var entityID: String
    }

    /// The spans, sorted by start.
    public let spans: [Span]
    /// The spans' ranges, to search.
    private let index: SortedSpans

    /// The name mentions of `entities`.
    public init(entities: [Entity]) {
        let spans = entities.flatMap { entity in
            entity.mentions.filter { $0.form == .name }.map { Span(range: $0.range, kind: entity.kind, entityID: entity.id) }
        }.sorted { $0.range < $1.range }
        self.spans = spans
        self.index = SortedSpans(sorted: spans.map(\.range))
    }

    /// The spans that share at least one scalar with `range`, in order of start.
    public func spans(overlapping range: TextRange) -> [Span] {
        index.indices(overlapping: range).map { spans[$0] }
    }
}
