/// The syntax of an article: per article token, its universal part of speech, the index of its head
/// token in `Article.tokens` (-1 for the root of its sentence) and its Universal Dependencies relation
/// ("nsubj", "obl:agent", ..., "root"). Every sentence is a tree: one root, one head per token, no cycles,
/// heads inside the token's sentence.
public struct SyntaxLayer: Sendable, Equatable {
    /// Each token's part of speech.
    public var upos: [UPOS]
    /// Each token's head as an index into `Article.tokens`, or -1 for a sentence root.
    public var head: [Int]
    /// Each token's relation to its head, with its subtype when it has one ("nmod:poss").
    public var deprel: [String]

    public init(upos: [UPOS], head: [Int], deprel: [String]) {
        self.upos = upos
        self.head = head
        self.deprel = deprel
    }

    /// The relation of token `index` without its subtype ("nsubj" for "nsubj:pass").
    public func universalRelation(at index: Int) -> Substring {
        deprel[index].prefix { $0 != ":" }
    }

    /// The indices of the tokens whose head is `index`, in order. Linear in the article: a stage that asks
    /// for many tokens' dependents should index them once instead.
    public func dependents(of index: Int) -> [Int] {
        head.indices.filter { head[$0] == index }
    }
}

/// The syntax of one sentence, over its own word indices (head -1 for the root).
public struct SentenceSyntax: Sendable, Equatable {
    public var upos: [UPOS]
    /// Each word's head as an index into the sentence's words, or -1 for the root.
    public var head: [Int]
    public var deprel: [String]

    public init(upos: [UPOS], head: [Int], deprel: [String]) {
        self.upos = upos
        self.head = head
        self.deprel = deprel
    }
}
