@testable import BylineCore
import Testing

/// The tag dictionary: frequent words keep the tags the training data gave them, rare words take any.
@Suite struct TagDictionaryTests {
    static let tagCount = UPOS.allCases.count
    static func tag(_ upos: UPOS) -> Int { UPOS.allCases.firstIndex(of: upos)! }

    /// "the" twice as a determiner, "walks" once a noun and once a verb, "barks" once.
    static let dictionary = TagDictionary(
        words: [SyntaxWords(["The", "dog", "walks", "."]), SyntaxWords(["the", "walks", "barks"])],
        tags: [[tag(.determiner), tag(.noun), tag(.verb), tag(.punctuation)], [tag(.determiner), tag(.noun), tag(.verb)]],
        tagCount: tagCount, minimumCount: 2)

    static func allowed(_ word: String) -> UInt32 { dictionary.allowed(SyntaxWords([word]).lower[0]) }

    @Test func frequentWordsKeepTheirTagsInAnyCase() {
        #expect(Self.allowed("the") == 1 << UInt32(Self.tag(.determiner)))
        #expect(Self.allowed("THE") == Self.allowed("the"))
        #expect(Self.allowed("walks") == 1 << UInt32(Self.tag(.noun)) | 1 << UInt32(Self.tag(.verb)))
    }

    @Test func rareAndUnknownWordsTakeAnyTag() {
        #expect(Self.allowed("barks") == TagDictionary.anyTag)
        #expect(Self.allowed("dog") == TagDictionary.anyTag)
        #expect(Self.allowed("harbor") == TagDictionary.anyTag)
    }

    @Test func theTaggerPicksOnlyAllowedTags() {
        // No weights at all: every score ties, so without the dictionary every word takes the first tag.
        let empty = HashedRowTable(classCount: Self.tagCount, keys: [], scales: [], weights: [])
        let words = SyntaxWords(["the", "walks", "harbor"])
        let tags = Tagger(weights: empty, dictionary: Self.dictionary).tag(words)
        #expect(tags[0] == Self.tag(.determiner))
        #expect(tags[1] == Self.tag(.noun))
        #expect(tags[2] == 0)
        #expect(Tagger(weights: empty, dictionary: nil).tag(words) == [0, 0, 0])
    }
}
