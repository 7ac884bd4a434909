import BylineCore
import BylineTraining
import Testing

/// The fixed split of PolNeAR articles: a rule on the sorted ids alone.
@Suite struct PolNeARSplitTests {
    static let ids = (1...53).map { "pub-\($0 < 10 ? "0" : "")\($0)" }

    @Test func everyFifthSortedIdIsDevelopment() {
        let parts = PolNeARSplit.parts(of: Self.ids)
        #expect(parts.count == Self.ids.count)
        let dev = Self.ids.filter { parts[$0] == .dev }
        #expect(dev == ["pub-05", "pub-10", "pub-15", "pub-20", "pub-25", "pub-30", "pub-35", "pub-40", "pub-45", "pub-50"])
    }

    @Test func independentOfInputOrder() {
        var random = SplitMix64(seed: 3)
        var shuffled = Self.ids
        random.shuffle(&shuffled)
        #expect(shuffled != Self.ids)
        #expect(PolNeARSplit.parts(of: shuffled) == PolNeARSplit.parts(of: Self.ids))
    }

    @Test func partsAreDisjointAndCoverEveryArticle() {
        var random = SplitMix64(seed: 5)
        var ids = Self.ids
        random.shuffle(&ids)
        let articles = ids.map { PolNeARArticle(id: $0, publisher: "p", date: "d", title: "t", text: "x", attributions: []) }
        let train = PolNeARSplit.articles(articles, in: .train).map(\.id)
        let dev = PolNeARSplit.articles(articles, in: .dev).map(\.id)
        #expect(Set(train).isDisjoint(with: dev))
        #expect(Set(train).union(dev) == Set(ids))
        #expect(train.count + dev.count == ids.count)
        #expect(dev.count == ids.count / 5)
        // Each part keeps the order it was given.
        #expect(train == ids.filter { Set(train).contains($0) })
    }
}
