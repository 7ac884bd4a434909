/// Turns an inflected English word form into its lemma for grouping learned cues ("noted" → "note",
/// "saying" → "say", "told" → "tell"): irregular forms from a table, regular endings (-s, -es, -ies, -ed,
/// -ied, -ing, doubled consonants) undone by choosing the first candidate base attested in `vocabulary`
/// (as itself, or with -s when it ends in no "e": "bemoans" attests "bemoan"). A form with no attested base is its own lemma,
/// except that -ied is always -y ("decried" → "decry").
public struct CueLemmatizer: Sendable {
    /// Words seen in lowercase in the texts (so that names do not attest bases: "Haile" for "hailed").
    public var vocabulary: Set<String>

    public init(vocabulary: Set<String>) {
        self.vocabulary = vocabulary
    }

    /// The lemma of a lowercased word.
    public func lemma(_ word: String) -> String {
        if let lemma = Self.irregular[word] { return lemma }
        for candidate in Self.candidates(word) where vocabulary.contains(candidate) || (!candidate.hasSuffix("e") && vocabulary.contains(candidate + "s")) {
            return candidate
        }
        return word.hasSuffix("ied") && word.count > 4 ? String(word.dropLast(3)) + "y" : word
    }

    /// The possible bases of a regularly inflected word, most likely first.
    static func candidates(_ word: String) -> [String] {
        let letters = Array(word)
        func dropping(_ count: Int) -> String { String(letters.dropLast(count)) }
        func undoubled(_ stem: String) -> [String] {
            let characters = Array(stem)
            guard characters.count >= 3, let last = characters.last, last == characters[characters.count - 2],
                  !"aeiouls".contains(last) else { return [] }
            return [String(characters.dropLast())]
        }
        if word.hasSuffix("ies") || word.hasSuffix("ied"), letters.count > 4 {
            return [dropping(3) + "y", dropping(1), dropping(2)]
        }
        if word.hasSuffix("ing"), letters.count > 5 {
            let stem = dropping(3)
            return [stem + "e", stem] + undoubled(stem)
        }
        if word.hasSuffix("ed"), letters.count > 4 {
            let stem = dropping(2)
            return [stem + "e", stem] + undoubled(stem)
        }
        if word.hasSuffix("s"), !word.hasSuffix("ss"), !word.hasSuffix("us"), letters.count > 3 {
            return [dropping(1)] + (word.hasSuffix("es") ? [dropping(2)] : [])
        }
        return []
    }
}
