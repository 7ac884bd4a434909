/// An entity while linking builds it: its mentions so far, the kinds the recognizer gave its names, what
/// the article says about the person's gender and the titles it gives them.
struct Referent {
    var mentions: [Mention] = []
    /// How many name mentions the recognizer gave each kind.
    var kindVotes: [EntityKind: Int] = [:]
    /// The kind of the fullest name, which breaks ties between votes.
    var fullestKind: EntityKind = .other
    /// The fullest name seen: most words, then most characters.
    var name = ""
    var gender: Gender = .unknown
    /// Titles the article attaches to the referent ("President", "foreign minister").
    var titles: [EstablishedTitle] = []

    /// The kind most of the name mentions have; the fullest name's kind on a tie.
    var kind: EntityKind {
        let best = kindVotes.values.max() ?? 0
        let leaders = kindVotes.filter { $0.value == best }.map(\.key)
        if leaders.count == 1, let only = leaders.first { return only }
        return leaders.contains(fullestKind) ? fullestKind : leaders.min { $0.rawValue < $1.rawValue } ?? fullestKind
    }

    /// Offers a name; it becomes the referent's name when it is fuller than the current one.
    mutating func offer(name candidate: String, kind: EntityKind) {
        let words = Referent.wordCount(candidate)
        let current = Referent.wordCount(name)
        if name.isEmpty || words > current || (words == current && candidate.unicodeScalars.count > name.unicodeScalars.count) {
            name = candidate
            fullestKind = kind
        }
    }

    /// The number of space-separated words, counted by bytes for ASCII text.
    static func wordCount(_ text: String) -> Int {
        guard text.utf8.allSatisfy({ $0 < 0x80 }) else { return text.split(separator: " ").count }
        var count = 0
        var inWord = false
        for byte in text.utf8 {
            if byte == UInt8(ascii: " ") {
                inWord = false
            } else if !inWord {
                inWord = true
                count += 1
            }
        }
        return count
    }

    /// Whether the referent is a person (the only kind he/she and titles refer to).
    var isPerson: Bool { kind == .person }
}

/// A title the article gives a person: "President" in "U.S. President Jane Roe", "foreign minister" in
/// "Roe, Ruritania's foreign minister,".
struct EstablishedTitle: Hashable {
    /// The title's words, lowercased, abbreviations spelt out.
    var words: [String]
    /// The place or organization the title belongs to, as a lowercased canonical name, if the text says.
    var modifier: String?
    /// Where the text establishes it.
    var offset: Int
}
