import BylineCore
import Testing
@testable import BylineUI

/// Focus, entity selection, filters and mention jumps, on a made-up article at 40x12 (tabbed: ten
/// article rows a page).
@Suite struct EntityUpdateTests {
    private let start = AppState(analysis: EntityArticles.analysis(), width: 40, height: 12)

    private func press(_ keys: [Key], from state: AppState) -> AppState {
        keys.reduce(state) { update($0, .key($1)).0 }
    }

    private func press(_ text: String, from state: AppState) -> AppState {
        press(text.map(Key.character), from: state)
    }

    /// The line index of a mention's start.
    private func line(of range: TextRange, in state: AppState) -> Int {
        state.layout.lineIndex(containing: range.start)
    }

    private func isVisible(_ range: TextRange, in state: AppState) -> Bool {
        let index = line(of: range, in: state)
        return index >= state.top && index < state.top + state.pageHeight
    }

    @Test func entitiesAreGroupedByKindAndSortedByMentions() {
        #expect(start.entityList.entities.map(\.name) == ["Alice Moreau", "Bruno", "Harbour Board", "Lisbon", "Monday"])
        #expect(start.entityRows == [.heading(.person, count: 2), .entity(0), .entity(1), .heading(.organization, count: 1),
                                     .entity(2), .heading(.place, count: 1), .entity(3), .heading(.date, count: 1), .entity(4)])
        #expect(start.entityList.entities[0].mentions.map(\.form) == [.name, .pronoun, .name])
    }

    @Test func startsOnTheArticleWithNothingSelected() {
        #expect(start.focus == .article)
        #expect(start.article.entities.selected == nil)
        #expect(start.geometry.arrangement == .tabs)
    }

    @Test func tabCyclesFocusAndSelectsTheFirstEntity() {
        let entities = press([.tab], from: start)
        #expect(entities.focus == .entities)
        #expect(entities.selectedEntity?.name == "Alice Moreau")
        #expect(press([.tab, .tab], from: start).focus == .quotes)
        #expect(press([.tab, .tab, .tab, .tab], from: start).focus == .article)
        #expect(press([.backTab], from: start).focus == .relations)
        #expect(press([.tab, .backTab], from: start).focus == .article)
    }

    @Test func numberKeysShowPanes() {
        #expect(press("2", from: start).focus == .entities)
        #expect(press("3", from: start).focus == .quotes)
        #expect(press("4", from: start).focus == .relations)
        #expect(press("41", from: start).focus == .article)
        let wide = update(start, .resize(width: 120, height: 30)).0
        #expect(wide.geometry.arrangement == .columns)
        #expect(press("2", from: wide).focus == .entities)
    }

    @Test func listKeysMoveTheSelectionWithoutWrapping() {
        let entities = press("2", from: start)
        #expect(press("j", from: entities).selectedEntity?.name == "Bruno")
        #expect(press([.down, .down], from: entities).selectedEntity?.name == "Harbour Board")
        #expect(press("jjk", from: entities).selectedEntity?.name == "Bruno")
        #expect(press("G", from: entities).selectedEntity?.name == "Monday")
        #expect(press("Gj", from: entities).selectedEntity?.name == "Monday")
        #expect(press("Gg", from: entities).selectedEntity?.name == "Alice Moreau")
        #expect(press("k", from: entities).selectedEntity?.name == "Alice Moreau")
        #expect(press([.end, .home], from: entities).selectedEntity?.name == "Alice Moreau")
        #expect(press([.pageDown], from: entities).selectedEntity?.name == "Monday")
        #expect(press([.end, .pageUp], from: entities).selectedEntity?.name == "Alice Moreau")
    }

    @Test func keysGoToTheFocusedPane() {
        let scrolled = press("j", from: start)
        #expect(scrolled.top == 1)
        #expect(scrolled.article.entities.selected == nil)
        #expect(press("2j", from: start).selectedEntity?.name == "Bruno")
        #expect(press("p", from: start).article.entityFilter == nil, "filter keys work in the entity pane only")
        #expect(press("2p", from: start).article.entityFilter == .person)
    }

    @Test func filtersKeepTheSelectionWhenTheyCan() {
        let entities = press("2", from: start)
        let organizations = press("o", from: entities)
        #expect(organizations.article.entityFilter == .organization)
        #expect(organizations.selectedEntity?.name == "Harbour Board")
        #expect(organizations.entityRows == [.heading(.organization, count: 1), .entity(2)])
        #expect(press("a", from: organizations).selectedEntity?.name == "Harbour Board")
        #expect(press("a", from: organizations).article.entityFilter == nil)
        #expect(press("t", from: entities).selectedEntity?.name == "Monday")
        #expect(press("l", from: entities).selectedEntity?.name == "Lisbon")
        #expect(press("jp", from: entities).selectedEntity?.name == "Bruno")
        let groups = press("r", from: entities)
        #expect(groups.entityRows.isEmpty)
        #expect(groups.article.entities.selected == nil)
        #expect(press("j", from: groups).article.entities.selected == nil)
        #expect(press("n", from: groups).currentMention == nil)
    }

    @Test func selectingAnEntityScrollsToAMentionWhenNoneIsInView() {
        let alice = press("2", from: start)
        #expect(alice.top == 0, "Alice is named on the first line")
        let bruno = press("j", from: alice)
        let mention = bruno.selectedEntity?.mentions.first?.range
        #expect(bruno.top > 0)
        #expect(mention.map { isVisible($0, in: bruno) } == true)
    }

    @Test func nAndNJumpBetweenMentionsAndWrap() throws {
        let alice = press("2", from: start)
        let mentions = try #require(alice.selectedEntity?.mentions)
        #expect(mentions.count == 3)
        let first = press("n", from: alice)
        #expect(first.currentMention == 0)
        let second = press("nn", from: alice)
        #expect(second.currentMention == 1)
        #expect(isVisible(mentions[1].range, in: second), "the article scrolls to the pronoun")
        #expect(second.top > 0)
        #expect(press("nnn", from: alice).currentMention == 2)
        #expect(press("nnnn", from: alice).currentMention == 0, "n wraps to the first mention")
        #expect(isVisible(mentions[0].range, in: press("nnnn", from: alice)))
        #expect(press("N", from: alice).currentMention == 2, "N from the top wraps to the last")
        #expect(press("nN", from: alice).currentMention == 2)
        #expect(press("nnN", from: alice).currentMention == 0)
    }

    @Test func nStartsFromTheReadingPosition() {
        let alice = press("2", from: start)
        let lower = press("1" + String(repeating: "j", count: 20) + "n", from: alice)
        #expect(lower.currentMention == 1, "the first mention at or below the top line")
    }

    @Test func statusLineCountsMentions() {
        let alice = press("2", from: start)
        #expect(StatusLine(state: alice).source == "Alice Moreau · 3 mentions")
        #expect(StatusLine(state: press("nn", from: alice)).source == "mention 2/3 · Alice Moreau")
        #expect(StatusLine(state: start).source == "entities.txt")
    }

    @Test func enterReadsFromTheFirstMention() throws {
        let bruno = press("2j", from: start)
        let (opened, effects) = update(bruno, .key(.enter))
        #expect(effects.isEmpty)
        #expect(opened.focus == .article)
        #expect(opened.currentMention == 0)
        let mention = try #require(opened.selectedEntity?.mentions.first)
        #expect(isVisible(mention.range, in: opened))
        #expect(press([.enter], from: opened).top == opened.top + 1 || opened.top == opened.maxTop,
                "Enter scrolls again once the article has focus")
    }

    @Test func resizeKeepsTheSelectionAndTheListInRange() {
        let monday = press("2G", from: start)
        for (width, height) in [(120, 30), (20, 5), (19, 4), (100, 6), (40, 12)] {
            let resized = update(monday, .resize(width: width, height: height)).0
            #expect(resized.selectedEntity?.name == "Monday", "at \(width)x\(height)")
            #expect(resized.article.entities.top >= 0)
            let rows = resized.entityRows
            let row = rows.firstIndex(of: .entity(4)) ?? -1
            #expect(row >= resized.article.entities.top && row < resized.article.entities.top + max(1, resized.entityPageHeight),
                    "selected row in view at \(width)x\(height)")
        }
    }

    @Test func theListScrollsToKeepTheSelectionInView() {
        let low = update(start, .resize(width: 40, height: 6)).0
        #expect(low.entityPageHeight == 4)
        let last = press("2G", from: low)
        #expect(last.article.entities.top == last.entityRows.count - 4)
        let first = press("g", from: last)
        #expect(first.article.entities.top == 0, "the first entity brings its heading into view")
    }
}
