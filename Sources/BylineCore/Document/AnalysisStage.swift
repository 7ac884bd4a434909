/// One stage of the analysis: it reads some layers of a document and adds others (CoreNLP's
/// `Annotator` with its `requires()` and `requirementsSatisfied()`), so that adding a stage widens no
/// other stage's signature.
public protocol AnalysisStage: Sendable {
    /// The layers the stage reads; they must be present when it runs.
    var requires: Set<DocumentLayer> { get }
    /// The layers the stage adds.
    var produces: Set<DocumentLayer> { get }
    /// Adds the stage's layers to the document.
    func annotate(_ document: inout Document)
}

extension Document {
    /// Runs a stage on the document. A stage run before the layers it requires is a programming error.
    public mutating func run(_ stage: some AnalysisStage) {
        precondition(stage.requires.isSubset(of: layers), "\(type(of: stage)) needs \(stage.requires.subtracting(layers))")
        stage.annotate(&self)
        assert(stage.produces.isSubset(of: layers), "\(type(of: stage)) did not add \(stage.produces.subtracting(layers))")
    }
}
