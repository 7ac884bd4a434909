/// A noun phrase naming who speaks: its span and the entity it resolves to, if any.
struct SpeakerPhrase: Hashable {
    var range: TextRange
    var entity: Int?
    /// How the phrase names the speaker, which sets the confidence.
    var strength: Strength

    /// How directly a phrase names its speaker.
    enum Strength: Comparable {
        /// A common noun with no entity ("officials").
        case nominal
        /// A capitalized name the recognizer missed, or a bare title resolved here.
        case guessed
        /// A pronoun or title the linker resolved, or a nominal tied to a named organization.
        case resolved
        /// A proper name.
        case name
    }

    /// The confidence an attribution gets with this phrase and an adjacent cue.
    var confidence: Double {
        switch strength {
        case .name: 0.9
        case .resolved: 0.85
        case .guessed: 0.6
        case .nominal: 0.5
        }
    }
}

extension SpeakerPhrase {
    /// The phrase from token `first` to token `last`; nil unless both are tokens in order.
    init?(tokens first: Int, _ last: Int, entity: Int?, strength: Strength, in document: Document) {
        guard let range = document.span(first, last) else { return nil }
        self.init(range: range, entity: entity, strength: strength)
    }
}
