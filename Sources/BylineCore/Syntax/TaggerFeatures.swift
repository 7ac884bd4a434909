/// The features of the part-of-speech tagger, after Collins (2002) and Honnibal's greedy tagger: the
/// word, its lower case, shape, prefixes and suffixes; the words two to either side, the neighbours'
/// suffixes and shapes, and word pairs; then the two tags already chosen before it, alone and with the
/// word. Changing what a template computes requires a new `version`.
package enum TaggerFeatures {
    /// The version of the feature definitions; a model records the version it was trained with.
    package static let version: UInt32 = 1

    /// Template tags; fixed numbers so that a model keeps meaning the same features.
    private enum Template: UInt64 {
        case bias = 1001
        case lower, form, shape, suffix1, suffix2, suffix3, suffix4, prefix1, prefix2, prefix3
        case lowerBefore1, lowerBefore2, lowerAfter1, lowerAfter2
        case suffixBefore1, suffixAfter1, suffixAfter2, shapeBefore1, shapeAfter1
        case pairBefore, pairAfter, firstShape
        case tagBefore1, tagsBefore2, tagBeforeLower, tagBeforeSuffix, tagBeforeLowerAfter

        @inline(__always)
        var tag: UInt64 { StableHash.mix(rawValue) }
    }

    private static let outside = StableHash.string("<s>")
    /// The tag index standing for "no tag" (before the sentence).
    package static let noTag = 255

    /// How many of a word's tag-independent features depend on the word alone (bias, forms, shape,
    /// affixes): they come first, so their scores can be summed once per distinct word.
    package static let lexicalCount = 11

    /// The features of word `index` that depend on the word alone, appended to `hashes`.
    @inline(__always)
    package static func lexicalFeatures(_ words: SyntaxWords, at index: Int, into hashes: inout [UInt64]) {
        func add(_ template: Template, _ value: UInt64) { hashes.append(StableHash.combine(template.tag, value)) }
        hashes.append(Template.bias.tag)
        add(.lower, words.lower[index])
        add(.form, words.form[index])
        add(.shape, words.shape[index])
        add(.suffix1, words.suffix(index, 1))
        add(.suffix2, words.suffix(index, 2))
        add(.suffix3, words.suffix(index, 3))
        add(.suffix4, words.suffix(index, 4))
        add(.prefix1, words.prefix(index, 1))
        add(.prefix2, words.prefix(index, 2))
        add(.prefix3, words.prefix(index, 3))
    }

    /// The tag-independent features of every word: `hashes[offsets[i]..<offsets[i+1]]` for word i, the
    /// `lexicalCount` lexical features first; with `lexical` false, only the rest (the word's neighbours).
    package static func staticFeatures(_ words: SyntaxWords, lexical: Bool = true) -> (hashes: [UInt64], offsets: [Int]) {
        let count = words.count
        var hashes: [UInt64] = []
        hashes.reserveCapacity(count * (lexical ? 24 : 13))
        var offsets: [Int] = [0]
        offsets.reserveCapacity(count + 1)
        func lowerAt(_ index: Int) -> UInt64 { index >= 0 && index < count ? words.lower[index] : outside }
        func shapeAt(_ index: Int) -> UInt64 { index >= 0 && index < count ? words.shape[index] : outside }
        func suffixAt(_ index: Int) -> UInt64 { index >= 0 && index < count ? words.suffix(index, 3) : outside }
        for index in 0..<count {
            func add(_ template: Template, _ value: UInt64) { hashes.append(StableHash.combine(template.tag, value)) }
            if lexical { lexicalFeatures(words, at: index, into: &hashes) }
            add(.lowerBefore1, lowerAt(index - 1))
            add(.lowerBefore2, lowerAt(index - 2))
            add(.lowerAfter1, lowerAt(index + 1))
            add(.lowerAfter2, lowerAt(index + 2))
            add(.suffixBefore1, suffixAt(index - 1))
            add(.suffixAfter1, suffixAt(index + 1))
            add(.suffixAfter2, suffixAt(index + 2))
            add(.shapeBefore1, shapeAt(index - 1))
            add(.shapeAfter1, shapeAt(index + 1))
            hashes.append(StableHash.combine(Template.pairBefore.tag, lowerAt(index - 1), words.lower[index]))
            hashes.append(StableHash.combine(Template.pairAfter.tag, words.lower[index], lowerAt(index + 1)))
            if index == 0 { add(.firstShape, words.shape[index]) }
            offsets.append(hashes.count)
        }
        return (hashes, offsets)
    }

    /// The features that depend on the tags of the two words before word `index`.
    @inline(__always)
    package static func historyFeatures(_ words: SyntaxWords, at index: Int, previous: Int, beforePrevious: Int)
        -> (UInt64, UInt64, UInt64, UInt64, UInt64) {
        let previousTag = UInt64(previous)
        let next = index + 1 < words.count ? words.lower[index + 1] : outside
        return (
            StableHash.combine(Template.tagBefore1.tag, previousTag),
            StableHash.combine(Template.tagsBefore2.tag, UInt64(beforePrevious), previousTag),
            StableHash.combine(Template.tagBeforeLower.tag, previousTag, words.lower[index]),
            StableHash.combine(Template.tagBeforeSuffix.tag, previousTag, words.suffix(index, 3)),
            StableHash.combine(Template.tagBeforeLowerAfter.tag, previousTag, next)
        )
    }
}
