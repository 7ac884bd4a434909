/// A sentence of a treebank as the tagger and parser train on it: words, UPOS tags, heads (0-based word
/// indices, -1 for the root) and relations.
public struct TreebankSentence: Sendable, Equatable {
    public var words: [String]
    public var upos: [String]
    public var heads: [Int]
    public var deprels: [String]

    public init(words: [String], upos: [String], heads: [Int], deprels: [String]) {
        self.words = words
        self.upos = upos
        self.heads = heads
        self.deprels = deprels
    }

    /// The sentence's words and gold annotation, as the file tokenizes it; nil when a word lacks a head.
    public init?(_ sentence: CoNLLUSentence) {
        var heads: [Int] = []
        for word in sentence.words {
            guard let head = word.head else { return nil }
            heads.append(head - 1)
        }
        self.init(words: sentence.words.map(\.form), upos: sentence.words.map(\.upos), heads: heads,
                  deprels: sentence.words.map(\.deprel))
    }

    /// Whether the heads make one tree: exactly one root and every word reaching it without a cycle.
    public var isTree: Bool {
        guard heads.filter({ $0 == -1 }).count == 1, heads.allSatisfy({ $0 >= -1 && $0 < heads.count }) else { return false }
        for start in heads.indices {
            var node = start
            var steps = 0
            while heads[node] != -1 {
                node = heads[node]
                steps += 1
                if steps > heads.count { return false }
            }
        }
        return true
    }
}
