/// Turns a sentence's token texts into hashed features for the entity labeller.
///
/// Per token: the word, its lower case and shape, prefixes and suffixes of one to four scalars, the
/// words and shapes two to either side and pairs of them, the position in the sentence, whether the
/// sentence looks like a headline (all capitals or title case) together with the word and shape, and any
/// gazetteer features. The labels already given to the two tokens before are added at decoding time
/// (`SentenceFeatures.historyHashes`).
package struct FeatureExtractor: Sendable {
    /// The version of the feature definitions; a model records the version it was trained with.
    package static let version: UInt32 = 1

    /// Where gazetteer features come from; nil for none.
    package var gazetteer: (any GazetteerFeatureSource)?

    package init(gazetteer: (any GazetteerFeatureSource)? = nil) {
        self.gazetteer = gazetteer
    }

    /// The prefix and suffix templates for lengths one to four.
    private static let affixTemplates: [(FeatureTemplate, FeatureTemplate)] = [
        (.prefix1, .suffix1), (.prefix2, .suffix2), (.prefix3, .suffix3), (.prefix4, .suffix4),
    ]

    /// What kind of headline a sentence looks like.
    private enum Headline: UInt64 {
        case none = 0, upperCase, titleCase
    }

    /// The features of a sentence.
    package func extract(_ tokens: [String]) -> SentenceFeatures {
        let shapes = tokens.map(TokenShape.init)
        let headline = Self.headline(shapes)
        let gazetteerFeatures = gazetteer.map { $0.featureHashes(for: tokens) }
        let count = shapes.count
        let lower = shapes.map(\.lowerHash)
        let shape = shapes.map(\.shapeHash)
        let outside = StableHash.string("<s>")
        func lowerAt(_ index: Int) -> UInt64 { index >= 0 && index < count ? lower[index] : outside }
        func shapeAt(_ index: Int) -> UInt64 { index >= 0 && index < count ? shape[index] : outside }

        var hashes: [UInt64] = []
        hashes.reserveCapacity(count * 32)
        var offsets: [Int] = [0]
        offsets.reserveCapacity(count + 1)
        for (index, token) in shapes.enumerated() {
            func add(_ template: FeatureTemplate, _ value: UInt64) {
                hashes.append(StableHash.combine(template.tag, value))
            }
            func add(_ template: FeatureTemplate, _ first: UInt64, _ second: UInt64) {
                hashes.append(StableHash.combine(template.tag, first, second))
            }
            hashes.append(FeatureTemplate.bias.tag)
            add(.word, token.wordHash)
            add(.lower, token.lowerHash)
            add(.shape, token.shapeHash)
            for (length, templates) in zip(1..., Self.affixTemplates) where length < token.lowered.count {
                add(templates.0, token.prefixHash(length))
                add(templates.1, token.suffixHash(length))
            }
            add(.lowerBefore2, lowerAt(index - 2))
            add(.lowerBefore1, lowerAt(index - 1))
            add(.lowerAfter1, lowerAt(index + 1))
            add(.lowerAfter2, lowerAt(index + 2))
            add(.shapeBefore2, shapeAt(index - 2))
            add(.shapeBefore1, shapeAt(index - 1))
            add(.shapeAfter1, shapeAt(index + 1))
            add(.shapeAfter2, shapeAt(index + 2))
            add(.lowerPairBefore, lowerAt(index - 1), token.lowerHash)
            add(.lowerPairAfter, token.lowerHash, lowerAt(index + 1))
            add(.shapePairBefore, shapeAt(index - 1), token.shapeHash)
            add(.shapePairAfter, token.shapeHash, shapeAt(index + 1))
            hashes.append(StableHash.combine(StableHash.combine(FeatureTemplate.shapeTriple.tag, shapeAt(index - 1)), token.shapeHash, shapeAt(index + 1)))
            let position = UInt64(min(index, 3)) | (index == count - 1 ? 4 : 0)
            add(.position, position)
            add(.positionShape, position, token.shapeHash)
            if headline != .none {
                add(.headline, headline.rawValue)
                add(.headlineLower, headline.rawValue, token.lowerHash)
                add(.headlineShape, headline.rawValue, token.shapeHash)
            }
            if let features = gazetteerFeatures, index < features.count {
                for feature in features[index] {
                    add(.gazetteer, feature)
                }
            }
            offsets.append(hashes.count)
        }
        return SentenceFeatures(hashes: hashes, offsets: offsets, lower: lower, shape: shape)
    }

    /// All capitals when every token with letters is in capitals (and there are at least two of them);
    /// title case when at least three tokens have letters and every word of four or more letters is
    /// capitalized, as in "Minister Says Talks Will Resume in Spring".
    private static func headline(_ shapes: [TokenShape]) -> Headline {
        let lettered = shapes.filter(\.hasLetter)
        guard lettered.count >= 2 else { return .none }
        if lettered.allSatisfy(\.isUpperCase), lettered.contains(where: { $0.lowered.count > 1 }) { return .upperCase }
        guard lettered.count >= 3 else { return .none }
        let long = lettered.filter { $0.lowered.count >= 4 }
        return !long.isEmpty && long.allSatisfy(\.isCapitalized) ? .titleCase : .none
    }
}
