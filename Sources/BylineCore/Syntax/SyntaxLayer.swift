/// The syntax of an article: per article token, its universal part of speech, the index of its head
/// token in `Article.tokens` (-1 for the root of its sentence) and its Universal Dependencies relation
/// ("nsubj", "obl:agent", ..., "root"). Every sentence is a tree: one root, one head per token, no cycles,
/// heads inside the token's sentence.
///
/// Kept compact, 6 bytes a token: heads as 32-bit indices and each relation as a one-byte id into
/// `relationNames` (a parser has some fifty labels). `head` and `deprel` read them as `Int` and `String`.
public struct SyntaxLayer: Sendable, Equatable {
    /// Each token's part of speech.
    public var upos: [UPOS]
    /// Each token's head as an index into `Article.tokens`, or -1 for a sentence root.
    public private(set) var heads: [Int32]
    /// Each token's relation as a position in `relationNames`.
    public private(set) var relationIDs: [UInt8]
    /// The relation names the ids stand for.
    public let relationNames: [String]

    /// A layer of heads and relation ids; every id must be a position in `relationNames`.
    public init(upos: [UPOS], heads: [Int32], relationIDs: [UInt8], relationNames: [String]) {
        precondition(upos.count == heads.count && heads.count == relationIDs.count, "one entry per token")
        precondition(relationIDs.allSatisfy { Int($0) < relationNames.count }, "relation ids name relations")
        self.upos = upos
        self.heads = heads
        self.relationIDs = relationIDs
        self.relationNames = relationNames
    }

    /// A layer of heads and relations as names (at most 256 distinct ones).
    public init(upos: [UPOS], head: [Int], deprel: [String]) {
        var names: [String] = []
        var ids: [String: UInt8] = [:]
        let relationIDs = deprel.map { name in
            if let id = ids[name] { return id }
            precondition(names.count <= Int(UInt8.max), "at most 256 relation names")
            let id = UInt8(names.count)
            ids[name] = id
            names.append(name)
            return id
        }
        self.init(upos: upos, heads: head.map { Int32($0) }, relationIDs: relationIDs, relationNames: names)
    }

    /// The number of tokens.
    public var count: Int { heads.count }

    /// Each token's head as an index into `Article.tokens`, or -1 for a sentence root.
    public var head: Heads { Heads(heads: heads) }

    /// Each token's relation to its head, with its subtype when it has one ("nmod:poss").
    public var deprel: Relations { Relations(ids: relationIDs, names: relationNames) }

    /// The head of token `index`, or -1 for a sentence root.
    @inline(__always)
    public func head(at index: Int) -> Int { Int(heads[index]) }

    /// The relation of token `index` with its subtype.
    @inline(__always)
    public func deprel(at index: Int) -> String { relationNames[Int(relationIDs[index])] }

    /// The relation of token `index` without its subtype ("nsubj" for "nsubj:pass").
    public func universalRelation(at index: Int) -> Substring {
        deprel(at: index).prefix { $0 != ":" }
    }

    /// The indices of the tokens whose head is `index`, in order. Linear in the article: a stage that asks
    /// for many tokens' dependents should index them once instead.
    public func dependents(of index: Int) -> [Int] {
        heads.indices.filter { Int(heads[$0]) == index }
    }

    /// Equal when every token has the same tag, head and relation name, whatever the ids.
    public static func == (lhs: SyntaxLayer, rhs: SyntaxLayer) -> Bool {
        guard lhs.upos == rhs.upos, lhs.heads == rhs.heads else { return false }
        if lhs.relationNames == rhs.relationNames { return lhs.relationIDs == rhs.relationIDs }
        return lhs.relationIDs.indices.allSatisfy { lhs.deprel(at: $0) == rhs.deprel(at: $0) }
    }

    /// The heads read as `Int`.
    public struct Heads: RandomAccessCollection, Sendable {
        let heads: [Int32]
        public var startIndex: Int { 0 }
        public var endIndex: Int { heads.count }
        public subscript(position: Int) -> Int { Int(heads[position]) }
    }

    /// The relations read as names.
    public struct Relations: RandomAccessCollection, Sendable {
        let ids: [UInt8]
        let names: [String]
        public var startIndex: Int { 0 }
        public var endIndex: Int { ids.count }
        public subscript(position: Int) -> String { names[Int(ids[position])] }
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
