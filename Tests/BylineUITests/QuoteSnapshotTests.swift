import Testing
@testable import BylineUI

/// Screens of the quote pane and the article's speaker gutter, on the sample at the layouts' sizes and
/// on the made-up quote article (independent of the attributor).
@Suite struct QuoteSnapshotTests {
    private func sample(width: Int, height: Int, keys: [Key]) throws -> Buffer {
        let start = AppState(analysis: try #require(TestArticles.sample()), width: width, height: height)
        return Screen.render(keys.reduce(start) { update($0, .key($1)).0 }, theme: SnapshotTheme.theme)
    }

    private func madeUp(width: Int, height: Int, keys: [Key]) -> Buffer {
        let start = AppState(analysis: QuoteArticles.analysis(), width: width, height: height)
        return Screen.render(keys.reduce(start) { update($0, .key($1)).0 }, theme: SnapshotTheme.theme)
    }

    /// The screen's rows as text.
    private func rows(_ buffer: Buffer) -> [String] {
        (0..<buffer.height).map { y in (0..<buffer.width).map { buffer[$0, y] }.filter { !$0.isContinuation }.map(\.grapheme).joined() }
    }

    @Test func wideWithAQuoteCurrentAndTheQuotePaneFocused() throws {
        let buffer = try sample(width: 100, height: 30, keys: [.character("]"), .character("]"), .character("3")])
        try Snapshot.assertMatches(buffer, named: "quotes-sample-100x30")
        #expect(rows(buffer).last?.contains("quote 2/") == true)
    }

    @Test func wideAfterJumpingToTheSpeakersNextQuote() throws {
        let buffer = try sample(width: 100, height: 30, keys: [.character("]"), .character("}"), .character("}")])
        try Snapshot.assertMatches(buffer, named: "quotes-sample-100x30-same-speaker")
    }

    @Test func tabbedQuotesTab() throws {
        let buffer = try sample(width: 80, height: 24, keys: [.character("3"), .character("j"), .character("j")])
        try Snapshot.assertMatches(buffer, named: "quotes-sample-80x24-quotes-tab")
    }

    @Test func tabbedArticleWithTheGutter() throws {
        let buffer = try sample(width: 80, height: 24, keys: [.character("3"), .character("j"), .enter])
        try Snapshot.assertMatches(buffer, named: "quotes-sample-80x24-article-tab")
    }

    @Test func smallQuotesTab() throws {
        let buffer = try sample(width: 40, height: 12, keys: [.character("3"), .character("G")])
        try Snapshot.assertMatches(buffer, named: "quotes-sample-40x12-quotes-tab")
    }

    @Test func smallArticleHasNoGutter() throws {
        let buffer = try sample(width: 40, height: 12, keys: [.character("]")])
        try Snapshot.assertMatches(buffer, named: "quotes-sample-40x12-article-tab")
        #expect(rows(buffer).dropFirst().first?.hasPrefix(" ") == true)
    }

    @Test func madeUpQuotePaneAndGutter() {
        let pane = rows(madeUp(width: 100, height: 30, keys: [.character("3")]))
        #expect(pane.contains { $0.contains("Alice Moreau") && $0.hasSuffix(" 2 │") }, "Alice's heading counts two quotes")
        #expect(pane.contains { $0.contains("\"We will sign") && $0.hasSuffix("told reporters │") })
        let opened = rows(madeUp(width: 100, height: 30, keys: [.character("3"), .character("G"), .enter]))
        #expect(opened.contains { $0.contains("unattributed") })
        #expect(opened.contains { $0.hasPrefix("│ ?") }, "the unattributed quote's row shows ? in the gutter")
        #expect(opened.last?.contains("quote 4/4 · ?") == true)
    }

    @Test func madeUpSnapshot() throws {
        let buffer = madeUp(width: 100, height: 30, keys: [.character("3"), .character("j")])
        try Snapshot.assertMatches(buffer, named: "quotes-made-up-100x30")
    }
}
