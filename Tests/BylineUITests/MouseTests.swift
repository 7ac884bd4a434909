import BylineCore
import Testing
@testable import BylineUI

@Suite struct MouseTests {
    private func sample(width: Int = 100, height: Int = 30) throws -> AppState {
        AppState(analysis: try #require(TestArticles.sample()), width: width, height: height)
    }

    private func mouse(_ kind: MouseEvent.Kind, x: Int, y: Int, on state: AppState) -> AppState {
        update(state, .mouse(MouseEvent(kind: kind, x: x, y: y))).0
    }

    @Test func theWheelScrollsThePaneUnderThePointer() throws {
        let state = try sample()
        let article = state.geometry.content(of: .article)
        let down = mouse(.wheelDown, x: article.x + 5, y: article.y + 5, on: state)
        #expect(down.top == AppState.wheelLines)
        #expect(mouse(.wheelUp, x: article.x + 5, y: article.y + 5, on: down).top == 0)
        let entities = state.geometry.content(of: .entities)
        let listed = mouse(.wheelDown, x: entities.x + 2, y: entities.y + 1, on: state)
        #expect(listed.article.entities.top == AppState.wheelLines, "the entity list scrolls")
        #expect(listed.top == 0, "the article does not")
        #expect(listed.focus == .article, "the wheel does not move focus")
        let quotes = state.geometry.content(of: .quotes)
        #expect(mouse(.wheelDown, x: quotes.x + 2, y: quotes.y, on: state).article.quotes.top == AppState.wheelLines)
        let bottom = update(state, .key(.character("G"))).0
        #expect(mouse(.wheelDown, x: article.x + 5, y: article.y, on: bottom).top == bottom.maxTop, "it stops at the end")
    }

    @Test func aClickFocusesAndSelectsAListRow() throws {
        let state = try sample()
        let entities = state.geometry.content(of: .entities)
        let clicked = mouse(.click, x: entities.x + 3, y: entities.y + 2, on: state)
        #expect(clicked.focus == .entities)
        guard case .entity(let index) = clicked.entityRows[2] else {
            Issue.record("row 2 is an entity")
            return
        }
        #expect(clicked.article.entities.selected == clicked.entityList.entities[index].id)
        let quotes = state.geometry.content(of: .quotes)
        let quote = mouse(.click, x: quotes.x + 4, y: quotes.y + 2, on: state)
        #expect(quote.focus == .quotes)
        #expect(quote.article.quoteRows[2] == .quote(quote.article.quotes.selected ?? -1))
    }

    @Test func aClickOnAHighlightedNameSelectsItsEntity() throws {
        let state = try sample()
        let text = ArticlePane.textArea(in: state.geometry.content(of: .article), hasQuotes: state.article.hasQuotes)
        let span = try #require(state.highlights.spans.first)
        let line = state.layout.lineIndex(containing: span.range.start)
        let run = try #require(state.layout.lines[line].runs.first { $0.range.start <= span.range.start && span.range.start < $0.range.end })
        let column = run.column + DisplayWidth.of(state.analysis.article.string(TextRange(start: run.range.start, end: span.range.start)))
        let clicked = mouse(.click, x: text.x + column + 1, y: text.y + line - state.top, on: state)
        #expect(clicked.focus == .article)
        let entity = try #require(clicked.selectedEntity)
        #expect(entity.mentions.contains { $0.range == span.range })
        let blank = mouse(.click, x: text.x + text.width - 1, y: text.y + text.height - 1, on: state)
        #expect(blank.article.entities.selected == nil || blank.article.entities.selected == state.article.entities.selected)
    }

    @Test func aClickOnATabShowsItsPane() throws {
        let state = try sample(width: 80, height: 24)
        let clicked = mouse(.click, x: 14, y: 0, on: state)
        #expect(clicked.focus == .entities, "the second tab, \"2 Entities\"")
        #expect(mouse(.click, x: 2, y: 0, on: clicked).focus == .article)
    }

    @Test func theWheelScrollsTheHelpAndAClickClosesIt() throws {
        let help = update(try sample(width: 80, height: 24), .key(.character("h"))).0
        let scrolled = mouse(.wheelDown, x: 40, y: 10, on: help)
        #expect(scrolled.helpTop == AppState.wheelLines)
        #expect(!mouse(.click, x: 40, y: 10, on: scrolled).isHelpShown)
    }

    @Test func aPromptIgnoresTheMouse() throws {
        let prompt = update(try sample(), .key(.character("/"))).0
        let after = mouse(.wheelDown, x: 5, y: 5, on: prompt)
        #expect(after.mode == .prompt)
        #expect(after.top == 0)
    }
}
