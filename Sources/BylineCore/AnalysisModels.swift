/// Everything the analysis loads from files: the entity model and the gazetteers. Loaded once and passed
/// to `Analyzer.analyze`; never a global.
public struct AnalysisModels: Sendable {
    public let entityModel: EntityModel
    public let gazetteer: Gazetteer

    public init(entityModel: EntityModel, gazetteer: Gazetteer) {
        self.entityModel = entityModel
        self.gazetteer = gazetteer
    }

    /// The models shipped as resources of the core.
    public static func bundled() throws -> AnalysisModels {
        AnalysisModels(entityModel: try EntityModel.bundled(), gazetteer: try Gazetteer.bundled())
    }
}
