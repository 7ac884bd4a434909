/// The label-independent features of one sentence, hashed, with what the label-dependent features need.
package struct SentenceFeatures: Sendable {
    /// Every token's static feature hashes, one token after another.
    package var hashes: [UInt64]
    /// Where each token's hashes start in `hashes`; `count + 1` entries.
    package var offsets: [Int]
    /// Each token's lower-case word hash.
    package var lower: [UInt64]
    /// Each token's shape hash.
    package var shape: [UInt64]

    /// The number of tokens.
    package var count: Int { lower.count }

    /// The static feature hashes of token `index`.
    @inline(__always)
    package func hashes(at index: Int) -> ArraySlice<UInt64> {
        hashes[offsets[index]..<offsets[index + 1]]
    }

    /// The label-dependent feature hashes of token `index`, given the two labels before it.
    @inline(__always)
    package func historyHashes(at index: Int, previous: Int, beforePrevious: Int) -> (UInt64, UInt64, UInt64, UInt64) {
        let previousHash = UInt64(previous)
        return (
            StableHash.combine(FeatureTemplate.previousLabel.tag, previousHash),
            StableHash.combine(FeatureTemplate.previousTwoLabels.tag, UInt64(beforePrevious), previousHash),
            StableHash.combine(FeatureTemplate.previousLabelLower.tag, previousHash, lower[index]),
            StableHash.combine(FeatureTemplate.previousLabelShape.tag, previousHash, shape[index])
        )
    }
}
