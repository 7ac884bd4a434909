import BylineCore
import Testing
@testable import BylineUI

/// Screens of the relation pane: on the sample with its first person selected at the layouts' sizes
/// and in a 30-column pane, and on the made-up relation article (independent of the extractor).
@Suite struct RelationSnapshotTests {
    private func sample(width: Int, height: Int, keys: [Key]) throws -> AppState {
        let start = AppState(analysis: try #require(TestArticles.sample()), width: width, height: height)
        return keys.reduce(start) { update($0, .key($1)).0 }
    }

    /// The screen's rows as text.
    private func rows(_ buffer: Buffer) -> [String] {
        (0..<buffer.height).map { y in (0..<buffer.width).map { buffer[$0, y] }.filter { !$0.isContinuation }.map(\.grapheme).joined() }
    }

    /// The first person, then the relation pane focused and its second relation selected.
    private let keys: [Key] = [.character("2"), .character("p"), .character("4"), .character("j")]

    @Test func wide100x30() throws {
        let state = try sample(width: 100, height: 30, keys: keys)
        #expect(!state.relationEntries.isEmpty, "the sample's first person has relations")
        try Snapshot.assertMatches(Screen.render(state, theme: SnapshotTheme.theme), named: "relations-sample-100x30")
    }

    @Test func wide120x40() throws {
        let state = try sample(width: 120, height: 40, keys: keys)
        let buffer = Screen.render(state, theme: SnapshotTheme.theme)
        try Snapshot.assertMatches(buffer, named: "relations-sample-120x40")
        let name = try #require(state.selectedEntity?.name)
        #expect(rows(buffer).contains { $0.contains("││ \(name) ") && $0.contains("\(state.relationEntries.count) relation") },
                "the relation pane beside the article names the entity and counts its relations")
    }

    @Test func tabbedRelationsTab() throws {
        let state = try sample(width: 80, height: 24, keys: keys)
        let buffer = Screen.render(state, theme: SnapshotTheme.theme)
        try Snapshot.assertMatches(buffer, named: "relations-sample-80x24-relations-tab")
        #expect(rows(buffer).contains { $0.contains("┌") && $0.contains("┐") }, "the network shows when there is room")
    }

    @Test func tabbedArticleAtTheEvidence() throws {
        let state = try sample(width: 80, height: 24, keys: keys + [.enter])
        #expect(state.focus == .article)
        try Snapshot.assertMatches(Screen.render(state, theme: SnapshotTheme.theme), named: "relations-sample-80x24-evidence")
    }

    @Test func narrowPane() throws {
        let state = try sample(width: 80, height: 24, keys: keys)
        var buffer = Buffer(width: 30, height: 20)
        RelationPane(state: state).render(into: &buffer, area: buffer.area, theme: SnapshotTheme.theme)
        try Snapshot.assertMatches(buffer, named: "relations-sample-30x20-pane")
        #expect(rows(buffer).contains { $0.contains("┌") }, "the network fits 30 columns")
        var narrower = Buffer(width: 29, height: 20)
        RelationPane(state: state).render(into: &narrower, area: narrower.area, theme: SnapshotTheme.theme)
        #expect(!rows(narrower).contains { $0.contains("┌") }, "narrower, the list shows alone")
    }

    @Test func madeUp() throws {
        let start = AppState(analysis: RelationArticles.analysis(), width: 80, height: 24)
        let state = [Key.character("2"), .character("4")].reduce(start) { update($0, .key($1)).0 }
        try Snapshot.assertMatches(Screen.render(state, theme: SnapshotTheme.theme), named: "relations-made-up-80x24")
    }
}
