/// Everything the analysis loads from files: the entity model, the tagger and parser, the gazetteers and the
/// quotation confidence table.
/// Loaded once and passed to `Analyzer.analyze`; never a global.
public struct AnalysisModels: Sendable {
    public let entityModel: EntityModel
    public let syntaxModel: SyntaxModel
    public let gazetteer: Gazetteer
    /// What a direct quotation's raw confidence is calibrated to (`QuoteConfidence.raw` leaves it as the
    /// rules set it, which is what `byline-train quote-confidence` fits the table on).
    public let quoteConfidence: QuoteConfidence

    public init(entityModel: EntityModel, syntaxModel: SyntaxModel, gazetteer: Gazetteer, quoteConfidence: QuoteConfidence) {
        self.entityModel = entityModel
        self.syntaxModel = syntaxModel
        self.gazetteer = gazetteer
        self.quoteConfidence = quoteConfidence
    }

    /// The same models with another quotation confidence table.
    public func with(quoteConfidence: QuoteConfidence) -> AnalysisModels {
        AnalysisModels(entityModel: entityModel, syntaxModel: syntaxModel, gazetteer: gazetteer, quoteConfidence: quoteConfidence)
    }

    /// The models shipped as resources of the core.
    public static func bundled() throws -> AnalysisModels {
        AnalysisModels(entityModel: try EntityModel.bundled(), syntaxModel: try SyntaxModel.bundled(), gazetteer: try Gazetteer.bundled(),
                       quoteConfidence: try QuoteConfidence.bundled())
    }
}
