import BylineCore
import Testing
@testable import BylineUI

@Suite struct SearchTests {
    /// Forty paragraphs, a name in some of them written three ways.
    private let start: AppState = {
        let paragraphs = (1...40).map { index -> String in
            switch index {
            case 5: "Paragraph 5 quotes François Delage at length, then goes on about the harbour."
            case 18: "Paragraph 18 meets FRANCOIS in capitals and a ﬁne ligature."
            case 31: "Paragraph 31 ends with Francois once more, then francois in lower case."
            default: "Paragraph \(index) says nothing of note, though it wraps over a few lines of text."
            }
        }
        return AppState(analysis: TestArticles.analysis(paragraphs), width: 40, height: 12)
    }()

    private func press(_ keys: [Key], from state: AppState) -> AppState {
        keys.reduce(state) { update($0, .key($1)).0 }
    }

    private func type(_ text: String, from state: AppState) -> AppState {
        press(text.map { $0 == "\n" ? Key.enter : .character($0) }, from: state)
    }

    private func matched(_ state: AppState) -> [String] {
        (state.article.search?.matches ?? []).map { state.analysis.article.string($0) }
    }

    @Test func slashOpensAPromptThatTypesInsteadOfActing() {
        let prompt = type("/for", from: start)
        #expect(prompt.mode == .prompt)
        #expect(prompt.prompt?.text == "for")
        #expect(prompt.prompt?.symbol == "/")
        #expect(prompt.top == 0, "f did not page down")
        #expect(prompt.article.entityFilter == nil, "o did not filter")
        #expect(StatusLine(state: prompt).prompt == "/for")
    }

    @Test func smartCaseAndAccents() {
        let lower = type("/francois\n", from: start)
        #expect(matched(lower) == ["François", "FRANCOIS", "Francois", "francois"], "lower case finds every case and accent")
        let capital = type("/Francois\n", from: start)
        #expect(matched(capital) == ["François", "Francois"], "a capital makes case count; accents still don't")
        let accented = type("/françois\n", from: start)
        #expect(matched(accented).count == 4, "an accent in the pattern is folded too")
        #expect(matched(type("/fine\n", from: start)) == ["ﬁne"], "a ligature's width is folded")
    }

    @Test func matchesAreWholeGraphemeClusters() {
        let article = TestArticles.analysis(["Cafe\u{301} and cafe and cafés."])
        let state = type("/cafe\n", from: AppState(analysis: article, width: 40, height: 12))
        let ranges = state.article.search?.matches ?? []
        #expect(ranges.count == 3)
        #expect(state.analysis.article.string(ranges[0]) == "Cafe\u{301}", "the combining accent is inside the match")
    }

    @Test func searchGoesToTheFirstMatchBelowAndCounts() throws {
        let found = type("/francois\n", from: start)
        #expect(found.mode == .normal)
        #expect(found.currentMatch == 0)
        #expect(StatusLine.subject(of: found) == "match 1/4 · /francois")
        let second = type("n", from: found)
        #expect(second.currentMatch == 1)
        #expect(second.top > found.top, "n scrolled down to the match")
        let match = try #require(second.article.search?.matches[1])
        let line = second.layout.lineIndex(containing: match.start)
        #expect(line >= second.top && line < second.top + second.pageHeight)
        #expect(type("nnn", from: found).currentMatch == 3)
        #expect(type("nnnn", from: found).currentMatch == 0, "n wraps around")
        #expect(type("N", from: found).currentMatch == 3, "N goes back, wrapping")
        #expect(type("6n", from: found).currentMatch == 2, "a count repeats n")
    }

    @Test func backwardSearchReversesN() {
        let bottom = type("G", from: start)
        let found = type("?francois\n", from: bottom)
        #expect(found.currentMatch == 3, "? goes to the last match above")
        #expect(type("n", from: found).currentMatch == 2, "after ?, n goes up")
        #expect(type("N", from: found).currentMatch == 0, "and N down, wrapping")
        #expect(StatusLine.subject(of: found).hasPrefix("match 4/4 · ?"))
    }

    @Test func searchStartsFromTheTopOfThePage() {
        let lower = type("60j/francois\n", from: start)
        let firstBelow = lower.article.search?.matches.firstIndex { $0.start >= lower.layout.lines[60].start }
        #expect(lower.currentMatch == firstBelow)
        #expect(lower.currentMatch != 0)
    }

    @Test func notFoundSaysSo() {
        let state = type("/zebra\n", from: start)
        #expect(state.note == "Pattern not found: zebra")
        #expect(state.currentMatch == nil)
        #expect(state.top == 0)
    }

    @Test func promptEditing() {
        let typed = type("/one two", from: start)
        #expect(press([.backspace], from: typed).prompt?.text == "one tw")
        #expect(press([.control("w")], from: typed).prompt?.text == "one ")
        #expect(press([.control("w"), .control("w")], from: typed).prompt?.text == "")
        #expect(press([.control("u")], from: typed).prompt?.text == "")
        let cancelled = press([.escape], from: typed)
        #expect(cancelled.mode == .normal)
        #expect(cancelled.article.search == nil)
        #expect(press([.backspace], from: type("/", from: start)).mode == .normal, "Backspace on an empty prompt cancels")
    }

    @Test func historyStepsThroughEarlierSearches() {
        let searched = type("/harbour\n/capitals\n/", from: start)
        #expect(press([.up], from: searched).prompt?.text == "capitals")
        #expect(press([.up, .up], from: searched).prompt?.text == "harbour")
        #expect(press([.up, .up, .up], from: searched).prompt?.text == "harbour", "it stops at the oldest")
        #expect(press([.up, .up, .down], from: searched).prompt?.text == "capitals")
        #expect(press([.up, .down], from: searched).prompt?.text == "")
        #expect(type("\n", from: searched).currentMatch != nil, "an empty search repeats the last")
    }

    @Test func nFollowsWhatWasLookedForLast() {
        let article = TestArticles.analysis(["Alice Moreau met Bruno. Alice spoke.", "Then Bruno left, and Alice stayed."])
        let alice = Entity(id: "E1", kind: .person, name: "Alice Moreau", mentions: [
            Mention(range: TextRange(start: 0, end: 12), form: .name),
            Mention(range: TextRange(start: 24, end: 29), form: .name),
            Mention(range: TextRange(start: 59, end: 64), form: .name),
        ])
        var analysis = article
        analysis.entities = [alice]
        let state = AppState(analysis: analysis, width: 40, height: 12)
        let searched = type("/bruno\n", from: state)
        #expect(searched.sought == .matches)
        #expect(type("n", from: searched).currentMatch == 1)
        let selected = type("2", from: searched)
        #expect(selected.sought == .mentions, "selecting an entity makes n go to its mentions")
        #expect(type("n", from: selected).currentMention == 0)
        #expect(StatusLine.subject(of: type("n", from: selected)) == "mention 1/3 · Alice Moreau")
        #expect(type("n/bruno\nn", from: selected).currentMatch != nil, "a new search takes n back")
    }

    @Test func escapeClearsTheHighlights() {
        let found = type("/francois\n", from: start)
        let cleared = press([.escape], from: found)
        #expect(cleared.article.search == nil)
        #expect(cleared.currentMatch == nil)
        #expect(cleared.top == found.top)
    }

    @Test func matchesAreDecoratedCurrentOnTop() throws {
        let found = type("/francois\n", from: start)
        let buffer = Screen.render(found, theme: SnapshotTheme.theme)
        let names = (0..<buffer.height).flatMap { y in (0..<buffer.width).map { SnapshotTheme.name(of: buffer[$0, y].style) } }
        #expect(names.contains { $0.contains("search.current") })
        let wholeArticle = Screen.render(type("/paragraph\n", from: start), theme: SnapshotTheme.theme)
        let matchCells = (0..<wholeArticle.height).flatMap { y in (0..<wholeArticle.width).map { wholeArticle[$0, y] } }
            .filter { SnapshotTheme.name(of: $0.style).contains("search.match") }
        #expect(matchCells.count >= "Paragraph".count, "the other matches on screen are highlighted too")
    }

    @Test func ampersandFiltersTheLists() throws {
        let analysis = try #require(TestArticles.sample())
        let state = AppState(analysis: analysis, width: 100, height: 30)
        let filtered = type("&put\n", from: state)
        #expect(!filtered.entityRows.isEmpty)
        for row in filtered.entityRows {
            if case .entity(let index) = row {
                #expect(SearchQuery("put")!.isFound(in: filtered.entityList.entities[index].name))
            }
        }
        #expect(filtered.entityRows.count < state.entityRows.count)
        #expect(filtered.article.quoteOrder.count < state.article.quoteOrder.count)
        #expect(press([.escape], from: filtered).entityRows == state.entityRows, "Esc clears the filter")
        #expect(type("&\n", from: filtered).entityRows == state.entityRows, "an empty filter clears it")
    }

    @Test func snapshots() throws {
        let analysis = try #require(TestArticles.sample())
        for (width, height) in [(80, 24), (40, 10)] {
            let state = AppState(analysis: analysis, width: width, height: height)
            let prompt = type("/putin", from: state)
            try Snapshot.assertMatches(Screen.render(prompt, theme: SnapshotTheme.theme), named: "search-prompt-\(width)x\(height)")
            let found = type("\nn", from: prompt)
            try Snapshot.assertMatches(Screen.render(found, theme: SnapshotTheme.theme), named: "search-found-\(width)x\(height)")
        }
        let help = type("h", from: AppState(analysis: analysis, width: 40, height: 10))
        try Snapshot.assertMatches(Screen.render(help, theme: SnapshotTheme.theme), named: "help-40x10")
        try Snapshot.assertMatches(Screen.render(type("G", from: help), theme: SnapshotTheme.theme), named: "help-40x10-end")
    }
}
