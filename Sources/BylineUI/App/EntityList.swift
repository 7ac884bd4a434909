import BylineCore

/// The analysis's entities in the entity pane's order: grouped by kind (see `EntityKind.paneOrder`),
/// most mentioned first within a group, then by first mention. Each entity's mentions are sorted by
/// position. Built once per analysis.
public struct EntityList: Sendable {
    /// One row of the pane.
    public enum Row: Hashable, Sendable {
        /// A kind's heading, with the number of its entities.
        case heading(EntityKind, count: Int)
        /// An entity, by its index in `entities`.
        case entity(Int)
    }

    /// The entities in pane order.
    public let entities: [Entity]
    private let indexByID: [String: Int]
    /// Each entity's mention ranges, sorted.
    private let mentionSpans: [SortedSpans]

    public init(_ entities: [Entity]) {
        let rank = Dictionary(uniqueKeysWithValues: EntityKind.paneOrder.enumerated().map { ($1, $0) })
        let sorted = entities.map { entity in
            var entity = entity
            entity.mentions.sort { $0.range < $1.range }
            return entity
        }.sorted { a, b in
            let (ra, rb) = (rank[a.kind] ?? rank.count, rank[b.kind] ?? rank.count)
            if ra != rb { return ra < rb }
            if a.mentions.count != b.mentions.count { return a.mentions.count > b.mentions.count }
            return (a.mentions.first?.range.start ?? Int.max, a.id) < (b.mentions.first?.range.start ?? Int.max, b.id)
        }
        self.entities = sorted
        var indexByID: [String: Int] = [:]
        for (index, entity) in sorted.enumerated() where indexByID[entity.id] == nil {
            indexByID[entity.id] = index
        }
        self.indexByID = indexByID
        self.mentionSpans = sorted.map { SortedSpans(sorted: $0.mentions.map(\.range)) }
    }

    /// The entity with id `id`, if there is one.
    public func entity(id: String?) -> Entity? {
        index(of: id).map { entities[$0] }
    }

    /// The index in `entities` of the entity with id `id`, if there is one.
    public func index(of id: String?) -> Int? {
        id.flatMap { indexByID[$0] }
    }

    /// The mentions of the entity at `index` in `entities`, by position, to find those on a line.
    public func mentionSpans(of index: Int) -> SortedSpans {
        mentionSpans[index]
    }

    /// The indices of the entities shown under `filter` (nil shows all), in pane order.
    public func shown(filter: EntityKind?) -> [Int] {
        entities.indices.filter { filter == nil || entities[$0].kind == filter }
    }

    /// The pane's rows under `filter`: each kind's heading followed by its entities.
    public func rows(filter: EntityKind?) -> [Row] {
        rows(shown: shown(filter: filter))
    }

    /// The pane's rows for the entities `shown` (indices in pane order): each kind's heading followed by
    /// its entities.
    public func rows(shown: [Int]) -> [Row] {
        var rows: [Row] = []
        var start = 0
        while start < shown.count {
            let kind = entities[shown[start]].kind
            var end = start
            while end < shown.count, entities[shown[end]].kind == kind {
                end += 1
            }
            rows.append(.heading(kind, count: end - start))
            rows += shown[start..<end].map(Row.entity)
            start = end
        }
        return rows
    }
}
