/// A hook for gazetteer-membership features: given a sentence's token texts, one list of feature strings
/// per token ("gaz:given-name", "gaz:country"), empty where a token is in no list.
///
/// The strings are hashed into the model's feature space, so a model only understands the gazetteer
/// features it was trained with: train and run with the same source.
public protocol GazetteerFeatureSource: Sendable {
    /// One feature list per token, in token order; the result must have `tokens.count` elements.
    func features(for tokens: [String]) -> [[String]]

    /// The same features as `StableHash` values of their strings, which is what the labeller reads; a
    /// source may compute them without building the strings.
    func featureHashes(for tokens: [String]) -> [[UInt64]]
}

extension GazetteerFeatureSource {
    public func featureHashes(for tokens: [String]) -> [[UInt64]] {
        features(for: tokens).map { $0.map(StableHash.string) }
    }
}
