/// The analysis pipeline as one readable function: each stage takes what it needs as parameters.
public enum Analyzer {
    /// Analyzes decoded text with the given models. Pure: the same text and models give the same analysis.
    public static func analyze(text: String, source: String, models: AnalysisModels) -> Analysis {
        analyze(Article.parse(text), source: source, models: models)
    }

    /// Analyzes an article already parsed (the reader parses first so it can paint before the models load).
    public static func analyze(_ article: Article, source: String, models: AnalysisModels) -> Analysis {
        let recognizer = EntityRecognizer(model: models.entityModel)
        let mentions = MentionFinder.find(in: article, recognizer: recognizer, gazetteer: models.gazetteer)
        let entities = EntityLinker.link(mentions, in: article, gazetteer: models.gazetteer)
        let quotes = QuoteAttributor.quotes(in: article, entities: entities, gazetteer: models.gazetteer)
        let relations = RelationExtractor.relations(in: article, entities: entities, quotes: quotes, gazetteer: models.gazetteer)
        return Analysis(source: source, article: article, byline: RelationExtractor.byline(relations, entities: entities),
                        entities: entities, quotes: quotes, relations: relations)
    }
}
