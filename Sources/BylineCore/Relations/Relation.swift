/// The predicates of the `byline.analysis/1` contract.
public enum Predicate: String, Hashable, Sendable, CaseIterable, Codable {
    case title, worksFor = "works_for", memberOf = "member_of", partOf = "part_of", locatedIn = "located_in"
    case met, told, supports, opposes, accuses, author, other
}

/// A typed statement of how two of the article's entities stand to each other, with its evidence.
public struct Relation: Hashable, Sendable, Identifiable {
    /// "R1", "R2", …
    public var id: String
    public var subject: String
    public var predicate: Predicate
    public var object: String?
    /// The title or role for `title`, the verb for `other`.
    public var value: String?
    /// The sentence or clause that states it.
    public var evidence: TextRange
    /// The entity whose claim this is, when the relation is stated inside a quotation (not as fact).
    public var claimedBy: String?
    /// The quotation ("Q3") that states the relation, if one does.
    public var quote: String?
    /// How likely the relation is to be right (0–1), calibrated on annotated news (`RelationConfidence`).
    public var confidence: Double

    public init(id: String, subject: String, predicate: Predicate, object: String?, value: String?, evidence: TextRange,
                claimedBy: String? = nil, quote: String? = nil, confidence: Double = 0.5) {
        self.id = id
        self.subject = subject
        self.predicate = predicate
        self.object = object
        self.value = value
        self.evidence = evidence
        self.claimedBy = claimedBy
        self.quote = quote
        self.confidence = confidence
    }
}
