/// An article with its token layers: what every analysis stage reads and adds to (the shape of spaCy's
/// `Doc` and CoreNLP's `Annotation`).
///
/// The text layers are made once, when the document is made: each token's interned text (`orth`), its
/// lexeme (lower-cased and normalized forms, letter-case facts), its sentence and its paragraph. Stages
/// then add layers in order (`DocumentLayer`): the named mentions, the entities with the mention covering
/// each token, the quotations, the relations. Every per-token accessor is bounds-safe: outside the
/// document a token has no text, no kind and no mention, so look-ahead and look-behind never trap.
public struct Document: Sendable {
    /// The text layers, made once with the document and shared by every copy of it.
    private let base: Shared<TextLayers>
    /// The layers the stages add, shared by copies until a stage sets one (then replaced as a whole).
    private var added = Shared(AddedLayers())

    /// The text, its paragraphs, tokens and sentences.
    public var article: Article { base.value.article }
    /// The distinct texts of the tokens and their forms.
    var strings: StringStore { base.value.strings }
    /// Each token's text, as an id into `strings`.
    var orth: [LexemeID] { base.value.orth }
    /// The lexeme of each id in `strings` that is some token's text (indexed by the id).
    var lexemes: [Lexeme] { base.value.lexemes }
    /// The sentence of each token.
    var sentenceOf: [Int32] { base.value.sentenceOf }
    /// The paragraph of each token.
    var paragraphOf: [Int32] { base.value.paragraphOf }
    /// The tokens of each paragraph.
    var paragraphTokens: [Range<Int>] { base.value.paragraphTokens }
    /// The layers present so far.
    public var layers: Set<DocumentLayer> { added.value.layers }

    /// Parts of speech and dependency trees (`DocumentLayer.syntax`); setting it indexes each token's
    /// dependents.
    public package(set) var syntax: SyntaxLayer {
        get { added.value.syntax }
        set {
            change(.syntax) {
                $0.syntax = newValue
                $0.dependents = DependentIndex(heads: newValue.heads)
            }
        }
    }
    /// The dependents of each token, made from `syntax`.
    var dependents: DependentIndex { added.value.dependents }
    /// Proper-name mentions, in text order (`DocumentLayer.names`).
    public package(set) var names: [NamedMention] {
        get { added.value.names }
        set { change(.names) { $0.names = newValue } }
    }
    /// The entities and the mention covering each token (`DocumentLayer.entities`).
    public package(set) var entities: [Entity] {
        get { added.value.entities }
        set {
            let mentions = MentionLayer(entities: newValue, document: self)
            change(.entities) {
                $0.entities = newValue
                $0.mentions = mentions
            }
        }
    }
    /// The entity mention covering each token, made from `entities`.
    var mentions: MentionLayer { added.value.mentions }
    /// Quotations, direct and indirect, in text order (`DocumentLayer.quotes`).
    public package(set) var quotes: [Quote] {
        get { added.value.quotes }
        set { change(.quotes) { $0.quotes = newValue } }
    }
    /// Relations between entities (`DocumentLayer.relations`).
    public package(set) var relations: [Relation] {
        get { added.value.relations }
        set { change(.relations) { $0.relations = newValue } }
    }

    /// Makes the text layers of an article.
    public init(_ article: Article) {
        base = Shared(TextLayers(article))
    }

    /// Replaces the added layers with a changed copy that holds `layer`.
    private mutating func change(_ layer: DocumentLayer, _ body: (inout AddedLayers) -> Void) {
        var layers = added.value
        body(&layers)
        layers.layers.insert(layer)
        added = Shared(layers)
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
