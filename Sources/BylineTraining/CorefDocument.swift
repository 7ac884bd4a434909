/// A document of GUM's coref_conll files: its tokens and the gold mentions, each in a chain.
public struct CorefDocument: Sendable {
    /// One gold mention: a token span, its entity type and its chain.
    public struct Mention: Hashable, Sendable {
        public var tokens: Range<Int>
        public var type: String
        public var chain: Int
    }

    public var name: String
    public var tokens: [String]
    public var mentions: [Mention]

    /// The text the evaluation analyzes: the tokens joined by spaces, and the scalar offset of each token.
    public var text: (string: String, offsets: [Int]) {
        var string = ""
        var offsets: [Int] = []
        var length = 0
        for token in tokens {
            if !string.isEmpty {
                string += " "
                length += 1
            }
            offsets.append(length)
            string += token
            length += token.unicodeScalars.count
        }
        return (string, offsets)
    }

    /// Whether a mention is a proper name: every word but small function words is capitalized and the
    /// first is no pronoun.
    public func isNamed(_ mention: Mention) -> Bool {
        let words = tokens[mention.tokens]
        let small: Set<String> = ["of", "the", "and", "for", "de", "'s", "’s", "-", "&"]
        guard let first = words.first, !["I", "He", "She", "It", "They", "We", "You", "This", "That", "The"].contains(first) else {
            return false
        }
        return words.allSatisfy { word in
            small.contains(word.lowercased()) || (word.unicodeScalars.first?.properties.isUppercase ?? false)
        }
    }
}
