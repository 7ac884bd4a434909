/// A relation one rule found in one sentence, before duplicates are merged and ids given.
struct RelationCandidate: Hashable {
    var subject: String
    var predicate: Predicate
    var object: String?
    var value: String?
    /// The sentence that states it.
    var evidence: TextRange
    /// Where its trigger word is: a relation whose trigger lies inside a quotation is the speaker's claim.
    var cue: Int
}
