/// The greedy part-of-speech tagger: each word, left to right, gets the best-scoring tag given its
/// features and the two tags before it (an averaged perceptron, `TaggerFeatures`), among the tags the
/// `TagDictionary` allows the word.
package struct Tagger<Weights: FeatureWeights> {
    package let weights: Weights
    /// The tags frequent words may take; nil: any word any tag.
    package let dictionary: TagDictionary?

    package init(weights: Weights, dictionary: TagDictionary?) {
        self.weights = weights
        self.dictionary = dictionary
    }

    /// The tags word `index` may take (`TagDictionary.allowed`).
    @inline(__always)
    package static func allowed(_ dictionary: TagDictionary?, _ words: SyntaxWords, at index: Int) -> UInt32 {
        dictionary?.allowed(words.lower[index]) ?? TagDictionary.anyTag
    }

    /// The scores of every tag for word `index`, written to `scores` (`weights.labelCount` entries), minus
    /// infinity for the tags not in `allowed` (one bit per tag index).
    /// With `lexicalScores`, the sum of the word's lexical features (`TaggerFeatures.lexicalCount`) is
    /// given and `features` holds only the rest; the scores come out the same, added in the same order.
    @inline(__always)
    package static func score(_ weights: Weights, _ words: SyntaxWords, _ features: (hashes: [UInt64], offsets: [Int]), at index: Int,
                              previous: Int, beforePrevious: Int, allowed: UInt32, lexicalScores: UnsafePointer<Float>? = nil,
                              into scores: UnsafeMutablePointer<Float>) {
        if let lexicalScores {
            scores.update(from: lexicalScores, count: weights.labelCount)
        } else {
            scores.update(repeating: 0, count: weights.labelCount)
        }
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
        if allowed != TagDictionary.anyTag {
            for tag in 0..<weights.labelCount where tag >= 32 || allowed & 1 << UInt32(tag) == 0 { scores[tag] = -.infinity }
        }
    }

    /// The scores of the lexical features of each distinct word (`SyntaxWords.types` indexes them), one
    /// row of `weights.labelCount` after another.
    package func lexicalScores(_ distinct: SyntaxWords) -> [Float] {
        let classCount = weights.labelCount
        var scores = [Float](repeating: 0, count: distinct.count * classCount)
        var hashes: [UInt64] = []
        hashes.reserveCapacity(TaggerFeatures.lexicalCount)
        scores.withUnsafeMutableBufferPointer { buffer in
            for index in 0..<distinct.count {
                hashes.removeAll(keepingCapacity: true)
                TaggerFeatures.lexicalFeatures(distinct, at: index, into: &hashes)
                let row = buffer.baseAddress! + index * classCount
                hashes.withUnsafeBufferPointer { weights.accumulate($0, into: row) }
            }
        }
        return scores
    }

    /// The tag index of every word; `lexicalScores` (from `lexicalScores(_:)`, indexed by `words.types`)
    /// saves scoring each word's own features again.
    package func tag(_ words: SyntaxWords, lexicalScores: [Float]? = nil) -> [Int] {
        let cached = lexicalScores != nil && words.types.count == words.count
        let features = TaggerFeatures.staticFeatures(words, lexical: !cached)
        let classCount = weights.labelCount
        let scores = UnsafeMutablePointer<Float>.allocate(capacity: max(classCount, 1))
        defer { scores.deallocate() }
        var tags: [Int] = []
        tags.reserveCapacity(words.count)
        var previous = TaggerFeatures.noTag
        var beforePrevious = TaggerFeatures.noTag
        (lexicalScores ?? []).withUnsafeBufferPointer { lexical in
            for index in 0..<words.count {
                let start = cached ? lexical.baseAddress! + Int(words.types[index]) * classCount : nil
                Self.score(weights, words, features, at: index, previous: previous, beforePrevious: beforePrevious,
                           allowed: Self.allowed(dictionary, words, at: index), lexicalScores: start, into: scores)
                let best = Self.best(scores, count: classCount)
                tags.append(best)
                beforePrevious = previous
                previous = best
            }
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
