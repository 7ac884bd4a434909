/// Everything the analysis loads from files: the entity model, the tagger and parser, and the gazetteers.
/// Loaded once and passed to `Analyzer.analyze`; never a global.
public struct AnalysisModels: Sendable {
    public let entityModel: EntityModel
    public let syntaxModel: SyntaxModel
    public let gazetteer: Gazetteer

    public init(entityModel: EntityModel, syntaxModel: SyntaxModel, gazetteer: Gazetteer) {
        self.entityModel = entityModel
        self.syntaxModel = syntaxModel
        self.gazetteer = gazetteer
    }

    /// The models shipped as resources of the core.
    public static func bundled() throws -> AnalysisModels {
        AnalysisModels(entityModel: try EntityModel.bundled(), syntaxModel: try SyntaxModel.bundled(), gazetteer: try Gazetteer.bundled())
    }
}
