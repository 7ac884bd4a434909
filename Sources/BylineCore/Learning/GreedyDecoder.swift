/// Labels a sentence left to right, each token's label chosen from those its predecessor allows, with
/// the two labels before it as features.
package struct GreedyDecoder: Sendable {
    package let labels: LabelSet

    package init(labels: LabelSet) {
        self.labels = labels
    }

    /// The scores of every label for token `index`, given the labels before it, written to `scores`.
    @inline(__always)
    package func score<W: FeatureWeights>(
        _ features: SentenceFeatures, at index: Int, previous: Int, beforePrevious: Int,
        weights: W, into scores: UnsafeMutablePointer<Float>
    ) {
        scores.update(repeating: 0, count: labels.count)
        features.hashes(at: index).withUnsafeBufferPointer { weights.accumulate($0, into: scores) }
        let history = features.historyHashes(at: index, previous: previous, beforePrevious: beforePrevious)
        weights.accumulate(history.0, into: scores)
        weights.accumulate(history.1, into: scores)
        weights.accumulate(history.2, into: scores)
        weights.accumulate(history.3, into: scores)
    }

    /// The best-scoring label that may follow `previous` (ties go to the lower label index).
    @inline(__always)
    package func best(_ scores: UnsafeMutablePointer<Float>, after previous: Int, isLast: Bool) -> Int {
        var best = LabelSet.outside
        var bestScore = -Float.infinity
        for label in 0..<labels.count where scores[label] > bestScore && labels.allows(label, after: previous, isLast: isLast) {
            best = label
            bestScore = scores[label]
        }
        return best
    }

    /// The label of every token.
    package func decode<W: FeatureWeights>(_ features: SentenceFeatures, weights: W) -> [Int] {
        let count = features.count
        var result: [Int] = []
        result.reserveCapacity(count)
        let scores = UnsafeMutablePointer<Float>.allocate(capacity: labels.count)
        defer { scores.deallocate() }
        var previous = LabelSet.outside
        var beforePrevious = LabelSet.outside
        for index in 0..<count {
            score(features, at: index, previous: previous, beforePrevious: beforePrevious, weights: weights, into: scores)
            let label = best(scores, after: previous, isLast: index == count - 1)
            result.append(label)
            beforePrevious = previous
            previous = label
        }
        return result
    }
}
