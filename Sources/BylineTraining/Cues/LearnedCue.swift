/// A cue learned from annotated attributions: a lemma ("say", "according to", "go on to say") with the
/// written forms seen as cues, and how often they were.
public struct LearnedCue: Sendable, Equatable {
    /// One written form: lowercased words joined by spaces ("said", "went on to say").
    public struct Form: Sendable, Equatable {
        public var text: String
        /// Occurrences annotated as (the core of) a cue.
        public var cueCount: Int
        /// Occurrences anywhere in the texts.
        public var occurrences: Int

        public init(text: String, cueCount: Int, occurrences: Int) {
            self.text = text
            self.cueCount = cueCount
            self.occurrences = occurrences
        }

        /// The share of occurrences that are cues.
        public var share: Double { occurrences == 0 ? 0 : Double(cueCount) / Double(occurrences) }
    }

    public var lemma: String
    /// The forms kept, sorted by their text.
    public var forms: [Form]
    /// Cue occurrences and all occurrences of the kept forms.
    public var cueCount: Int
    public var occurrences: Int

    public init(lemma: String, forms: [Form], cueCount: Int, occurrences: Int) {
        self.lemma = lemma
        self.forms = forms
        self.cueCount = cueCount
        self.occurrences = occurrences
    }

    /// The share of the lemma's occurrences that are cues.
    public var share: Double { occurrences == 0 ? 0 : Double(cueCount) / Double(occurrences) }
}
