import Dispatch

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

    /// The models shipped as resources of the core. The gazetteers, built from text lists and the
    /// slowest to load, load on a second thread while the two models load on this one.
    public static func bundled() throws -> AnalysisModels {
        let gazetteer = LoadResult<Gazetteer>()
        let group = DispatchGroup()
        DispatchQueue.global(qos: .userInitiated).async(group: group) {
            gazetteer.value = Result { try Gazetteer.bundled() }
        }
        let entityModel = Result { try EntityModel.bundled() }
        let syntaxModel = Result { try SyntaxModel.bundled() }
        group.wait()
        return AnalysisModels(entityModel: try entityModel.get(), syntaxModel: try syntaxModel.get(),
                              gazetteer: try gazetteer.value!.get())
    }
}

/// What a loading thread hands back: written once by that thread before the group it runs in leaves,
/// read only after waiting for the group, so the wait orders the two.
private final class LoadResult<Value: Sendable>: @unchecked Sendable {
    var value: Result<Value, any Error>?
}
