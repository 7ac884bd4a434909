import Testing
@testable import BylineUI

/// Which panes show: the config's `panes`, `z` and a pane's number, the geometry and the keys that
/// follow.
@Suite struct PaneToggleTests {
    private func press(_ text: String, from state: AppState) -> AppState {
        text.reduce(state) { update($0, .key(.character($1))).0 }
    }

    private func sample(width: Int, height: Int, panes: [Pane] = Pane.allCases) throws -> AppState {
        AppState(analyses: [try #require(TestArticles.sample())], width: width, height: height, panes: panes)
    }

    @Test func theGeometryStacksOnlyTheShownPanes() {
        let all = ReaderGeometry(width: 100, height: 31)
        #expect(all.panes == Pane.allCases)
        #expect(all.area(of: .entities).height == 15 && all.area(of: .quotes).height == 7 && all.area(of: .relations).height == 8)
        let two = ReaderGeometry(width: 100, height: 31, panes: [.relations, .entities])
        #expect(two.panes == [.article, .entities, .relations], "in pane order, the article always")
        #expect(two.area(of: .entities).height == 15 && two.area(of: .relations).height == 15)
        #expect(two.area(of: .quotes).isEmpty)
        let none = ReaderGeometry(width: 100, height: 31, panes: [])
        #expect(none.panes == [.article])
        #expect(none.article.width == 100, "with no pane beside it the article takes the whole width")
        let tabs = ReaderGeometry(width: 60, height: 20, panes: [.quotes])
        #expect(tabs.panes == [.article, .quotes] && tabs.area(of: .entities).isEmpty && !tabs.area(of: .quotes).isEmpty)
    }

    @Test func zAndANumberHideAndShowAPane() throws {
        let start = try sample(width: 100, height: 30)
        let hidden = press("z3", from: start)
        #expect(hidden.panes == [.article, .entities, .relations])
        #expect(press("z3", from: hidden).panes == Pane.allCases)
        #expect(press("z1", from: start).panes == Pane.allCases, "the article cannot be hidden")
        #expect(press("z9", from: start).panes == Pane.allCases, "no pane 9")
        let bare = press("z2z3z4", from: start)
        #expect(bare.panes == [.article])
        #expect(bare.layout.width > start.layout.width, "the article is re-wrapped to the width it gets")
        #expect(bare.top == bare.layout.lineIndex(containing: start.article.anchor))
    }

    @Test func helpNamesTheToggleWithThePanesNumbers() {
        #expect(Keymap.reader.helpGroups.flatMap(\.rows).contains { $0.keys == "z 2–4" && $0.description.contains("hide") })
    }

    @Test func tabSkipsHiddenPanesAndANumberShowsOne() throws {
        let start = try sample(width: 100, height: 30, panes: [.quotes])
        #expect(update(start, .key(.tab)).0.focus == .quotes)
        #expect(update(update(start, .key(.tab)).0, .key(.tab)).0.focus == .article)
        #expect(update(start, .key(.backTab)).0.focus == .quotes)
        let shown = press("2", from: start)
        #expect(shown.focus == .entities && shown.panes == [.article, .entities, .quotes])
        let back = press("z2", from: shown)
        #expect(back.focus == .article, "hiding the focused pane gives the focus to the article")
    }

    @Test func hiddenPanesAreNotDrawn() throws {
        let start = try sample(width: 100, height: 30, panes: [.entities])
        let buffer = Screen.render(start, theme: SnapshotTheme.theme)
        let screen = (0..<buffer.height).map { y in (0..<buffer.width).map { buffer[$0, y].grapheme }.joined() }
        #expect(screen.contains { $0.contains("2 Entities") })
        #expect(!screen.contains { $0.contains("3 Quotes") || $0.contains("4 Relations") })
    }

    @Test(arguments: [(80, 24), (40, 10)])
    func tabsOfTheShownPanes(width: Int, height: Int) throws {
        let state = press("3", from: try sample(width: width, height: height, panes: [.quotes, .relations]))
        try Snapshot.assertMatches(Screen.render(state, theme: SnapshotTheme.theme), named: "panes-quotes-relations-\(width)x\(height)")
    }

    @Test func articleAloneAt100Columns() throws {
        let state = try sample(width: 100, height: 30, panes: [])
        try Snapshot.assertMatches(Screen.render(state, theme: SnapshotTheme.theme), named: "panes-none-100x30")
    }

    @Test func theConfigNamesThePanes() {
        let (config, problems) = ReaderConfig.parse("panes = [\"entities\", \"relations\"]\n", path: "c.toml")
        #expect(problems.isEmpty)
        #expect(config.panes == [.entities, .relations])
        let (none, _) = ReaderConfig.parse("panes = []\n", path: "c.toml")
        #expect(none.panes == [])
        let (bad, badProblems) = ReaderConfig.parse("mouse = true\npanes = [\"entities\", \"people\"]\n", path: "/c/config.toml")
        #expect(bad.panes == nil && bad.mouse == true)
        #expect(badProblems.map(\.description).contains { $0.hasPrefix("/c/config.toml:2: panes: expected a list of pane names") })
        let (_, notList) = ReaderConfig.parse("panes = \"quotes\"\n", path: "c.toml")
        #expect(notList.first?.description.hasPrefix("c.toml:1: panes:") == true)
    }
}
