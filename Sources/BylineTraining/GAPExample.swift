/// One example of the GAP coreference corpus: a text, an ambiguous pronoun, and two candidate names of
/// which one, the other or neither is the pronoun's antecedent. Offsets count Unicode scalars.
public struct GAPExample: Hashable, Sendable {
    /// A candidate name and whether the pronoun refers to it.
    public struct Candidate: Hashable, Sendable {
        public var name: String
        public var offset: Int
        public var isAntecedent: Bool

        public init(name: String, offset: Int, isAntecedent: Bool) {
            self.name = name
            self.offset = offset
            self.isAntecedent = isAntecedent
        }

        /// The candidate's span in scalars.
        public var range: Range<Int> { offset..<offset + name.unicodeScalars.count }
    }

    public var id: String
    public var text: String
    public var pronoun: String
    public var pronounOffset: Int
    public var a: Candidate
    public var b: Candidate

    public init(id: String, text: String, pronoun: String, pronounOffset: Int, a: Candidate, b: Candidate) {
        self.id = id
        self.text = text
        self.pronoun = pronoun
        self.pronounOffset = pronounOffset
        self.a = a
        self.b = b
    }

    /// Whether the pronoun is masculine (he, him, his, himself); GAP's other half is feminine.
    public var isMasculine: Bool {
        ["he", "him", "his", "himself"].contains(pronoun.lowercased())
    }
}
