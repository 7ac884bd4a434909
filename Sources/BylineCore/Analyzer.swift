/// The analysis pipeline as one readable function: each stage reads the document's layers and adds its own.
public enum Analyzer {
    /// Analyzes decoded plain text with the given models. Pure: the same text and models give the same analysis.
    public static func analyze(text: String, source: String, models: AnalysisModels) -> Analysis {
        analyze(Article.parse(text), source: source, models: models)
    }

    /// Analyzes an article already parsed (the reader parses first so it can paint before the models load).
    public static func analyze(_ article: Article, source: String, models: AnalysisModels) -> Analysis {
        var document = Document(article)
        for stage in stages(models) { document.run(stage) }
        let authors = article.metadata.authors
        return Analysis(source: source, article: article, title: article.title,
                        byline: authors.isEmpty ? RelationExtractor.byline(document.relations, entities: document.entities) : authors,
                        entities: document.entities, quotes: document.quotes, relations: document.relations,
                        syntax: document.syntax)
    }

    /// The stages in the order they run.
    static func stages(_ models: AnalysisModels) -> [any AnalysisStage] {
        [
            SyntaxStage(model: models.syntaxModel),
            NameStage(recognizer: EntityRecognizer(model: models.entityModel, gazetteer: models.gazetteer), gazetteer: models.gazetteer),
            LinkingStage(gazetteer: models.gazetteer),
            QuoteStage(gazetteer: models.gazetteer, confidence: models.quoteConfidence),
            RelationStage(gazetteer: models.gazetteer),
        ]
    }
}
