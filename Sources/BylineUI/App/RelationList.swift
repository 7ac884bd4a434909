import BylineCore

/// The analysis's relations as the relation pane shows them for one entity: each relation the entity
/// is the subject or the object of, seen from that entity ("supports" when it is the subject,
/// "supported by" when it is the object), grouped by that label in `Predicate` order (the entity's
/// own statements before those about it; "met", which reads the same both ways, as one group), in
/// text order within a group. Built once per analysis.
public struct RelationList: Sendable {
    /// One relation seen from one entity.
    public struct Entry: Hashable, Sendable {
        /// The relation's id ("R3").
        public var id: String
        public var predicate: Predicate
        /// Whether the entity is the relation's subject (otherwise its object).
        public var isOutgoing: Bool
        /// The predicate as read from the entity: "member of", "supported by", …
        public var label: String
        /// The other entity's name, else the title value; empty for neither.
        public var other: String
        /// The sentence or clause that states the relation.
        public var evidence: TextRange
        /// The name of the entity whose claim this is, when it is stated inside a quotation.
        public var claimant: String?
    }

    /// One row of the pane's list.
    public enum Row: Hashable, Sendable {
        /// A label's heading, with the number of its entries.
        case heading(String, count: Int)
        /// An entry, by its index in the entries.
        case entry(Int)

        /// Whether the row is a group's heading.
        var isHeading: Bool {
            if case .heading = self { return true }
            return false
        }
    }

    private let relations: [Relation]
    private let names: [String: String]
    /// Each entity's entries, by entity id: worked out once, as the pane asks for them every frame.
    private let entriesByEntity: [String: [Entry]]

    public init(analysis: Analysis) {
        relations = analysis.relations
        var names: [String: String] = [:]
        for entity in analysis.entities where names[entity.id] == nil {
            names[entity.id] = entity.name
        }
        self.names = names
        var unsorted: [String: [Entry]] = [:]
        for relation in relations {
            let ids = [relation.subject] + (relation.object.map { $0 == relation.subject ? [] : [$0] } ?? [])
            for id in ids {
                let outgoing = relation.subject == id
                let otherID = outgoing ? relation.object : relation.subject
                let other = otherID.flatMap { names[$0] } ?? (outgoing ? relation.value : nil) ?? ""
                unsorted[id, default: []].append(
                    Entry(id: relation.id, predicate: relation.predicate, isOutgoing: outgoing,
                          label: Self.label(of: relation.predicate, value: relation.value, outgoing: outgoing),
                          other: other, evidence: relation.evidence, claimant: relation.claimedBy.map { names[$0] ?? $0 }))
            }
        }
        self.entriesByEntity = unsorted.mapValues(Self.grouped)
    }

    /// Whether there are no relations at all.
    public var isEmpty: Bool { relations.isEmpty }

    /// The name of entity `id`, if the analysis has it.
    public func name(of id: String) -> String? { names[id] }

    /// The relations of entity `id`, grouped by label and in text order within a group.
    public func entries(of id: String) -> [Entry] {
        entriesByEntity[id] ?? []
    }

    /// One entity's `entries` (in the relations' order) grouped by label, the groups in `Predicate`
    /// order (the entity's own before those about it), in text order within a group.
    private static func grouped(_ entries: [Entry]) -> [Entry] {
        let order = Dictionary(uniqueKeysWithValues: Predicate.allCases.enumerated().map { ($1, $0) })
        let firstIndex = Dictionary(entries.enumerated().map { ($1.label, $0) }, uniquingKeysWith: min)
        return entries.enumerated().sorted { a, b in
            let (x, y) = (a.element, b.element)
            let keyX = (x.isOutgoing || x.predicate == .met ? 0 : 1, order[x.predicate] ?? 0, firstIndex[x.label] ?? 0)
            let keyY = (y.isOutgoing || y.predicate == .met ? 0 : 1, order[y.predicate] ?? 0, firstIndex[y.label] ?? 0)
            if keyX != keyY { return keyX < keyY }
            return (x.evidence.start, a.offset) < (y.evidence.start, b.offset)
        }.map(\.element)
    }

    /// The list's rows for `entries`: each label's heading followed by its entries.
    public static func rows(of entries: [Entry]) -> [Row] {
        var rows: [Row] = []
        var start = 0
        while start < entries.count {
            var end = start
            while end < entries.count, entries[end].label == entries[start].label {
                end += 1
            }
            rows.append(.heading(entries[start].label, count: end - start))
            rows += (start..<end).map(Row.entry)
            start = end
        }
        return rows
    }

    /// `predicate` as read from its subject (`outgoing`) or its object: "works for" / "employs",
    /// "supports" / "supported by"; `other` reads as its verb (`value`).
    public static func label(of predicate: Predicate, value: String?, outgoing: Bool) -> String {
        switch (predicate, outgoing) {
        case (.title, true): "title"
        case (.title, false): "title of"
        case (.worksFor, true): "works for"
        case (.worksFor, false): "employs"
        case (.memberOf, true): "member of"
        case (.memberOf, false): "has member"
        case (.partOf, true): "part of"
        case (.partOf, false): "has part"
        case (.locatedIn, true): "located in"
        case (.locatedIn, false): "location of"
        case (.met, _): "met"
        case (.told, true): "told"
        case (.told, false): "told by"
        case (.supports, true): "supports"
        case (.supports, false): "supported by"
        case (.opposes, true): "opposes"
        case (.opposes, false): "opposed by"
        case (.accuses, true): "accuses"
        case (.accuses, false): "accused by"
        case (.author, true): "author"
        case (.author, false): "written by"
        case (.other, true): value ?? "other"
        case (.other, false): (value ?? "other") + " (by)"
        }
    }
}
