/// A table of weights from feature hashes to per-label scores: the trained model's compact table at run
/// time, the growing averaged table in training. The decoder is generic over it.
package protocol FeatureWeights {
    /// The number of labels each feature has a weight for.
    var labelCount: Int { get }
    /// Adds the weights of `feature` to `scores` (`labelCount` entries); does nothing for an unknown feature.
    func accumulate(_ feature: UInt64, into scores: UnsafeMutablePointer<Float>)
    /// Adds the weights of each of `features` to `scores`.
    func accumulate(_ features: UnsafeBufferPointer<UInt64>, into scores: UnsafeMutablePointer<Float>)
}

extension FeatureWeights {
    /// Adds the weights of each of `features`, in order, to `scores`.
    @inline(__always)
    package func accumulate(_ features: UnsafeBufferPointer<UInt64>, into scores: UnsafeMutablePointer<Float>) {
        for feature in features {
            accumulate(feature, into: scores)
        }
    }
}
