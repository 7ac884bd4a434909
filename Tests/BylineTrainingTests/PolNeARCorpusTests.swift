import BylineCore
import BylineTraining
import Foundation
import Testing

/// The real PolNeAR file, when ../shared is present: every span reads, and the split is 4 to 1.
@Suite struct PolNeARCorpusTests {
    static let corpora = URL(fileURLWithPath: #filePath)
        .deletingLastPathComponent().deletingLastPathComponent().deletingLastPathComponent()
        .deletingLastPathComponent().appendingPathComponent("shared/corpora")

    static var present: Bool { FileManager.default.fileExists(atPath: PolNeARReader.file(in: corpora).path) }

    @Test(.enabled(if: present, "the PolNeAR corpus (../shared/corpora/polnear-train) is absent"))
    func readsEveryArticleAndSplitsItFourToOne() throws {
        let articles = try PolNeARReader.read(contentsOf: PolNeARReader.file(in: Self.corpora))
        #expect(articles.count == 840)
        #expect(Set(articles.map(\.id)).count == articles.count)
        let dev = try PolNeARReader.articles(of: .dev, corpora: Self.corpora)
        let train = PolNeARSplit.articles(articles, in: .train)
        #expect(dev.count == 168)
        #expect(train.count == 672)
        #expect(dev == PolNeARSplit.articles(articles, in: .dev))
        // One article in five of every publisher.
        for publisher in Set(articles.map(\.publisher)) {
            #expect(dev.filter { $0.publisher == publisher }.count * 5 == articles.filter { $0.publisher == publisher }.count)
        }
    }
}
