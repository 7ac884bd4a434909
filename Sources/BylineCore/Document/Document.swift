/// An article with its token layers: what every analysis stage reads and adds to (the shape of spaCy's
/// `Doc` and CoreNLP's `Annotation`).
///
/// The text layers are made once, when the document is made: each token's interned text (`orth`), its
/// lexeme (lower-cased and normalized forms, letter-case facts), its sentence and its paragraph. Stages
/// then add layers in order (`DocumentLayer`): the named mentions, the entities with the mention covering
/// each token, the quotations, the relations. Every per-token accessor is bounds-safe: outside the
/// document a token has no text, no kind and no mention, so look-ahead and look-behind never trap.
public struct Document: Sendable {
    /// The text, its paragraphs, tokens and sentences.
    public let article: Article
    /// The distinct texts of the tokens and their forms.
    let strings: StringStore
    /// Each token's text, as an id into `strings`.
    let orth: [LexemeID]
    /// The lexeme of each id in `strings` that is some token's text (indexed by the id).
    let lexemes: [Lexeme]
    /// The sentence of each token.
    let sentenceOf: [Int32]
    /// The paragraph of each token.
    let paragraphOf: [Int32]
    /// The tokens of each paragraph.
    let paragraphTokens: [Range<Int>]
    /// The layers present so far.
    public private(set) var layers: Set<DocumentLayer> = [.tokens]

    /// Parts of speech and dependency trees (`DocumentLayer.syntax`); setting it indexes each token's
    /// dependents.
    public package(set) var syntax = SyntaxLayer(upos: [], head: [], deprel: []) {
        didSet {
            dependents = DependentIndex(heads: syntax.head)
            layers.insert(.syntax)
        }
    }
    /// The dependents of each token, made from `syntax`.
    private(set) var dependents = DependentIndex(heads: [])
    /// Proper-name mentions, in text order (`DocumentLayer.names`).
    public package(set) var names: [NamedMention] = [] { didSet { layers.insert(.names) } }
    /// The entities and the mention covering each token (`DocumentLayer.entities`).
    public package(set) var entities: [Entity] = [] {
        didSet {
            mentions = MentionLayer(entities: entities, document: self)
            layers.insert(.entities)
        }
    }
    /// The entity mention covering each token, made from `entities`.
    private(set) var mentions = MentionLayer()
    /// Quotations, direct and indirect, in text order (`DocumentLayer.quotes`).
    public package(set) var quotes: [Quote] = [] { didSet { layers.insert(.quotes) } }
    /// Relations between entities (`DocumentLayer.relations`).
    public package(set) var relations: [Relation] = [] { didSet { layers.insert(.relations) } }

    /// Makes the text layers of an article.
    public init(_ article: Article) {
        self.article = article
        var strings = StringStore(capacity: min(article.tokens.count, 1 << 16))
        var orth: [LexemeID] = []
        orth.reserveCapacity(article.tokens.count)
        article.scalars.withUnsafeBufferPointer { scalars in
            for token in article.tokens {
                let slice = UnsafeBufferPointer(rebasing: scalars[token.range.start..<token.range.end])
                orth.append(strings.intern(slice))
            }
        }
        var lexemes: [Lexeme] = []
        var position = 0
        while position < strings.count {
            let id = LexemeID(Int32(position))
            let text = strings[id]
            let lowered = text.lowercased()
            let lower = strings.intern(lowered)
            let norm = lowered.contains("’") ? strings.intern(lowered.replacingOccurrences(of: "’", with: "'")) : lower
            lexemes.append(Lexeme(lower: lower, norm: norm, flags: LexemeFlags(text.unicodeScalars)))
            position += 1
        }
        self.strings = strings
        self.orth = orth
        self.lexemes = lexemes
        var sentenceOf = [Int32](repeating: 0, count: article.tokens.count)
        for (index, sentence) in article.sentences.enumerated() {
            for token in sentence.tokens where token < sentenceOf.count { sentenceOf[token] = Int32(index) }
        }
        self.sentenceOf = sentenceOf
        var paragraphOf = [Int32](repeating: 0, count: article.tokens.count)
        var paragraphTokens: [Range<Int>] = []
        var next = 0
        for (index, paragraph) in article.paragraphs.enumerated() {
            while next < article.tokens.count, article.tokens[next].range.start < paragraph.start { next += 1 }
            let first = next
            while next < article.tokens.count, article.tokens[next].range.end <= paragraph.end {
                paragraphOf[next] = Int32(index)
                next += 1
            }
            paragraphTokens.append(first..<next)
        }
        self.paragraphOf = paragraphOf
        self.paragraphTokens = paragraphTokens
    }

    /// The number of tokens.
    public var count: Int { orth.count }
}

/// The layers a document can hold, in the order the analysis adds them.
public enum DocumentLayer: String, Hashable, Sendable, CaseIterable {
    /// Tokens, sentences, paragraphs and their interned texts: present from the start.
    case tokens
    /// Universal parts of speech and dependency trees (`SyntaxModel`).
    case syntax
    /// Proper-name mentions (`MentionFinder`).
    case names
    /// Entities with every mention, the mention of each token (`EntityLinker`).
    case entities
    /// Quotations with speakers (`QuoteAttributor`).
    case quotes
    /// Relations (`RelationExtractor`).
    case relations
}
