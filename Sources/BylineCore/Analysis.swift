/// Everything the core found in one article. Immutable once made; the front end only reads it.
public struct Analysis: Sendable {
    /// Where the text came from, as the user named it ("-" for standard input, "sample" for the built-in one).
    public var source: String
    public var article: Article
    public var title: String?
    public var byline: [String]
    public var entities: [Entity]
    public var quotes: [Quote]
    public var relations: [Relation]
    /// Parts of speech and dependency trees per token (empty when the analysis ran without syntax).
    public var syntax: SyntaxLayer

    public init(source: String, article: Article, title: String? = nil, byline: [String] = [],
                entities: [Entity] = [], quotes: [Quote] = [], relations: [Relation] = [],
                syntax: SyntaxLayer = SyntaxLayer(upos: [], head: [], deprel: [])) {
        self.source = source
        self.article = article
        self.title = title
        self.byline = byline
        self.entities = entities
        self.quotes = quotes
        self.relations = relations
        self.syntax = syntax
    }
}
