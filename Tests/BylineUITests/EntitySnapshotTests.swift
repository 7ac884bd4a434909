import Testing
@testable import BylineUI

/// Screens of the entity pane and the highlighted article on the sample, at the layouts' sizes.
@Suite struct EntitySnapshotTests {
    private func sample(width: Int, height: Int, keys: [Key]) throws -> Buffer {
        let start = AppState(analysis: try #require(TestArticles.sample()), width: width, height: height)
        let state = keys.reduce(start) { update($0, .key($1)).0 }
        return Screen.render(state, theme: SnapshotTheme.theme)
    }

    @Test func wideWithTheSecondEntitySelectedAndAMentionCurrent() throws {
        let buffer = try sample(width: 100, height: 30, keys: [.tab, .character("j"), .character("n"), .character("n")])
        try Snapshot.assertMatches(buffer, named: "entities-sample-100x30-selected")
    }

    @Test func wideFilteredToPlaces() throws {
        let buffer = try sample(width: 100, height: 30, keys: [.character("2"), .character("l"), .character("j")])
        try Snapshot.assertMatches(buffer, named: "entities-sample-100x30-places")
    }

    @Test func tabbedArticleWithAnEntitySelected() throws {
        let buffer = try sample(width: 80, height: 24, keys: [.character("2"), .character("j"), .enter])
        try Snapshot.assertMatches(buffer, named: "entities-sample-80x24-article-tab")
    }

    @Test func tabbedEntitiesTab() throws {
        let buffer = try sample(width: 80, height: 24, keys: [.character("2"), .character("j"), .character("j")])
        try Snapshot.assertMatches(buffer, named: "entities-sample-80x24-entities-tab")
    }

    @Test(arguments: [(40, 12), (20, 5)])
    func smallEntitiesTab(width: Int, height: Int) throws {
        let buffer = try sample(width: width, height: height, keys: [.character("2"), .character("G")])
        try Snapshot.assertMatches(buffer, named: "entities-sample-\(width)x\(height)")
    }

    /// The made-up article's screen after `keys`: independent of the core's recognizer.
    private func madeUp(width: Int, height: Int, keys: [Key]) -> Buffer {
        let start = AppState(analysis: EntityArticles.analysis(), width: width, height: height)
        return Screen.render(keys.reduce(start) { update($0, .key($1)).0 }, theme: SnapshotTheme.theme)
    }

    @Test func madeUpArticleWithAPronounMentionCurrent() throws {
        let buffer = madeUp(width: 100, height: 30, keys: [.tab, .character("n"), .character("n")])
        try Snapshot.assertMatches(buffer, named: "entities-made-up-100x30-pronoun")
    }

    @Test func helpListsTheEntityKeys() throws {
        let buffer = madeUp(width: 100, height: 30, keys: [.character("2"), .character("h")])
        try Snapshot.assertMatches(buffer, named: "help-100x30")
        // Every page of the help, scrolled with Space until it stops moving.
        var state = update(AppState(analysis: EntityArticles.analysis(), width: 100, height: 30), .key(.character("h"))).0
        var text = ""
        while true {
            let page = Screen.render(state, theme: SnapshotTheme.theme)
            text += (0..<page.height).map { y in (0..<page.width).map { page[$0, y].grapheme }.joined() }.joined()
            let next = update(state, .key(.character(" "))).0
            if next.helpTop == state.helpTop { break }
            state = next
        }
        #expect(state.isHelpShown)
        for keys in ["p o l r t a", "n N", "Tab Shift-Tab", "1 2 3 4", "/ ?", ":n", "m a–z", "Ctrl-W"] {
            #expect(text.contains(keys), "help lists \(keys)")
        }
    }
}
