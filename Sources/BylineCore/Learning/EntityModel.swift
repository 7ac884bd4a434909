import Foundation

/// A trained entity labeller: its labels and its weights. Load it once (`bundled()` or `init(data:)`)
/// and share it; it is an immutable value.
public struct EntityModel: Sendable {
    /// The name of the bundled model file in the core's `Models` resource folder.
    package static let bundledName = "entities"
    /// The extension of model files.
    package static let fileExtension = "bylm"

    package let labels: LabelSet
    package let weights: PerceptronWeights
    /// Whether the model was trained with gazetteer features (`GazetteerFeatures`): a recognizer must
    /// then compute them too, as `EntityRecognizer(model:gazetteer:)` with a `Gazetteer` does.
    public let usesGazetteerFeatures: Bool

    package init(labels: LabelSet, weights: PerceptronWeights, usesGazetteerFeatures: Bool = false) {
        self.labels = labels
        self.weights = weights
        self.usesGazetteerFeatures = usesGazetteerFeatures
    }

    /// Reads a model from the bytes of a model file (see `EntityModel+Binary.swift` for the layout).
    public init(data: Data) throws {
        self = try Self.decode(data)
    }

    /// The model shipped with the core.
    public static func bundled() throws -> EntityModel {
        guard let url = Bundle.module.url(forResource: bundledName, withExtension: fileExtension, subdirectory: "Models") else {
            throw EntityModelError.missingResource
        }
        return try EntityModel(data: Data(contentsOf: url, options: .mappedIfSafe))
    }

    /// The entity kinds the model can label.
    public var kinds: [EntityKind] { labels.kinds }
}
