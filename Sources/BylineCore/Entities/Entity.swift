/// The kinds of named entity in the `byline.analysis/1` contract.
public enum EntityKind: String, Hashable, Sendable, CaseIterable, Codable {
    case person, organization, place, group, date, event, work, product, other
}

/// How a mention refers to its entity.
public enum MentionForm: String, Hashable, Sendable, CaseIterable, Codable {
    /// A proper name as written, short forms and acronyms included ("Merkel", "UN").
    case name
    /// A role used to refer ("the President").
    case title
    /// A common noun phrase ("the administration").
    case nominal
    /// A pronoun ("he", "they").
    case pronoun
}

/// One place the article refers to an entity.
public struct Mention: Hashable, Sendable {
    public var range: TextRange
    public var form: MentionForm

    public init(range: TextRange, form: MentionForm) {
        self.range = range
        self.form = form
    }
}

/// One real-world referent of the article with all its mentions.
public struct Entity: Hashable, Sendable, Identifiable {
    /// Stable within one analysis: "E1", "E2", …
    public var id: String
    public var kind: EntityKind
    /// The fullest proper name the article gives.
    public var name: String
    /// Mentions in text order.
    public var mentions: [Mention]
    /// A person's gender as linking settled it (from titles, honorifics, first names and resolved
    /// pronouns); `.unknown` for everything else.
    public var gender: Gender

    public init(id: String, kind: EntityKind, name: String, mentions: [Mention], gender: Gender = .unknown) {
        self.id = id
        self.kind = kind
        self.name = name
        self.mentions = mentions
        self.gender = gender
    }
}
