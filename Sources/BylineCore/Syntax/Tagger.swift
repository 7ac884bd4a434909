/// The greedy part-of-speech tagger: each word, left to right, gets the best-scoring tag given its
/// features and the two tags before it (an averaged perceptron, `TaggerFeatures`).
package struct Tagger<Weights: FeatureWeights> {
    package let weights: Weights

    package init(weights: Weights) {
        self.weights = weights
    }

    /// The scores of every tag for word `index`, written to `scores` (`weights.labelCount` entries).
    @inline(__always)
    package static func score(_ weights: Weights, _ words: SyntaxWords, _ features: (hashes: [UInt64], offsets: [Int]), at index: Int,
                              previous: Int, beforePrevious: Int, into scores: UnsafeMutablePointer<Float>) {
        scores.update(repeating: 0, count: weights.labelCount)
        features.hashes.withUnsafeBufferPointer { hashes in
            let start = features.offsets[index]
            weights.accumulate(UnsafeBufferPointer(rebasing: hashes[start..<features.offsets[index + 1]]), into: scores)
        }
        let history = TaggerFeatures.historyFeatures(words, at: index, previous: previous, beforePrevious: beforePrevious)
        weights.accumulate(history.0, into: scores)
        weights.accumulate(history.1, into: scores)
        weights.accumulate(history.2, into: scores)
        weights.accumulate(history.3, into: scores)
        weights.accumulate(history.4, into: scores)
    }

    /// The tag index of every word.
    package func tag(_ words: SyntaxWords) -> [Int] {
        let features = TaggerFeatures.staticFeatures(words)
        let classCount = weights.labelCount
        let scores = UnsafeMutablePointer<Float>.allocate(capacity: max(classCount, 1))
        defer { scores.deallocate() }
        var tags: [Int] = []
        tags.reserveCapacity(words.count)
        var previous = TaggerFeatures.noTag
        var beforePrevious = TaggerFeatures.noTag
        for index in 0..<words.count {
            Self.score(weights, words, features, at: index, previous: previous, beforePrevious: beforePrevious, into: scores)
            let best = Self.best(scores, count: classCount)
            tags.append(best)
            beforePrevious = previous
            previous = best
        }
        return tags
    }

    /// The index of the highest score (the lowest index on ties).
    @inline(__always)
    package static func best(_ scores: UnsafeMutablePointer<Float>, count: Int) -> Int {
        var best = 0
        for index in 1..<max(count, 1) where scores[index] > scores[best] { best = index }
        return best
    }
}
