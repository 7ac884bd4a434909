import BylineCore
import Testing
@testable import BylineUI

/// The quote list, the quote keys (`]` `[` `}` `{`), the quote pane's selection and Enter, on a
/// made-up article at 40x12 (tabbed: ten article rows a page) unless a test says otherwise.
@Suite struct QuoteUpdateTests {
    private let start = AppState(analysis: QuoteArticles.analysis(), width: 40, height: 12)

    private func press(_ keys: [Key], from state: AppState) -> AppState {
        keys.reduce(state) { update($0, .key($1)).0 }
    }

    private func press(_ text: String, from state: AppState) -> AppState {
        press(text.map(Key.character), from: state)
    }

    private func isVisible(_ index: Int, in state: AppState) -> Bool {
        guard let quote = state.quoteList.quotes[safe: index] else { return false }
        let line = state.layout.lineIndex(containing: quote.range.start)
        return line >= state.top && line < state.top + state.pageHeight
    }

    @Test func listsDirectQuotesGroupedBySpeakerMostQuotedFirst() {
        let list = start.quoteList
        #expect(list.quotes.map(\.id) == ["Q1", "Q3", "Q4", "Q5"], "the indirect quote is left out")
        #expect(list.groups.map(\.name) == ["Alice Moreau", "Bruno", QuoteList.unattributed])
        #expect(list.rows == [.heading(0), .quote(0), .quote(2), .heading(1), .quote(1), .heading(2), .quote(3)])
        #expect(list.paneOrder == [0, 2, 1, 3])
    }

    @Test func describesSpeakersAndCues() {
        let list = start.quoteList
        #expect(list.cueText(of: 0) == "told reporters")
        #expect(list.cueText(of: 2) == "added")
        #expect(list.cueText(of: 3) == "")
        #expect(list.shortSpeaker(of: 0) == "Moreau")
        #expect(list.shortSpeaker(of: 1) == "Bruno")
        #expect(list.shortSpeaker(of: 3) == "?")
        #expect(list.speakerName(of: 3) == nil)
        #expect(list.firstLine(of: 1) == "\"Nothing is decided,\"")
    }

    @Test func bracketsWalkThroughTheQuotesAndWrapAround() {
        let first = press("]", from: start)
        #expect(first.currentQuote == 0)
        #expect(StatusLine.subject(of: first) == "quote 1/4 · Alice Moreau · told reporters")
        let steps = (1...4).reduce(into: [first]) { states, _ in states.append(press("]", from: states[states.count - 1])) }
        #expect(steps.map(\.currentQuote) == [0, 1, 2, 3, 0])
        for state in steps {
            #expect(isVisible(state.currentQuote ?? -1, in: state))
        }
        #expect(StatusLine.subject(of: steps[3]) == "quote 4/4 · ?")
        #expect(press("[", from: first).currentQuote == 3, "[ from the first wraps to the last")
    }

    @Test func bracketsWithoutACurrentQuoteStartFromThePage() {
        #expect(press("[", from: start).currentQuote == 3, "nothing above the top: the last")
        let down = press("G", from: start)
        #expect(press("[", from: down).currentQuote == 1, "the last quote above the bottom page: both below are on it")
        let middle = press([.character("d"), .character("d"), .character("d")], from: start)
        let next = press("]", from: middle)
        let pageStart = middle.layout.lines[middle.top].start
        #expect((next.quoteList.quotes[safe: next.currentQuote ?? -1]?.range.start ?? -1) >= pageStart)
    }

    @Test func bracesKeepToTheCurrentSpeaker() {
        let alice = press("]", from: start)
        let second = press("}", from: alice)
        #expect(second.currentQuote == 2)
        #expect(StatusLine.subject(of: second).contains("· Alice Moreau"))
        #expect(isVisible(2, in: second))
        #expect(press("}", from: second).currentQuote == 0, "} wraps around the speaker's quotes")
        #expect(press("{", from: alice).currentQuote == 2, "{ wraps back to the speaker's last quote")
        let bruno = press("]]", from: start)
        #expect(press("}", from: bruno).currentQuote == 1, "Bruno's only quote stays current")
        let unattributed = press("]]]]", from: start)
        #expect(press("{", from: unattributed).currentQuote == 3, "the unattributed quotes are one group")
        #expect(press("}", from: start).currentQuote == 0, "} with no current quote acts as ]")
    }

    @Test func quoteKeysDoNothingWithoutQuotes() {
        let plain = AppState(analysis: EntityArticles.analysis(), width: 40, height: 12)
        for key in ["]", "[", "}", "{"] {
            let after = press(key, from: plain)
            #expect(after.currentQuote == nil)
            #expect(after.top == plain.top)
        }
        let pane = press("3", from: plain)
        #expect(pane.focus == .quotes)
        #expect(pane.article.quotes.selected == nil)
        #expect(press([.character("j"), .enter], from: pane).focus == .quotes, "Enter with nothing selected stays")
    }

    @Test func thePaneSelectsInPaneOrderAndEnterOpensTheQuote() {
        let pane = press("3", from: start)
        #expect(pane.focus == .quotes)
        #expect(pane.article.quotes.selected == 0)
        let moved = press("jj", from: pane)
        #expect(moved.article.quotes.selected == 1, "j follows the pane's order: Alice's two, then Bruno's")
        #expect(moved.currentQuote == nil)
        #expect(moved.top == 0, "selecting doesn't scroll the article")
        let opened = press([.enter], from: moved)
        #expect(opened.focus == .article)
        #expect(opened.currentQuote == 1)
        #expect(isVisible(1, in: opened))
        #expect(StatusLine.subject(of: opened) == "quote 2/4 · Bruno · said")
        #expect(press("G", from: pane).article.quotes.selected == 3)
        #expect(press("Gg", from: pane).article.quotes.selected == 0)
        #expect(press("kkk", from: pane).article.quotes.selected == 0, "k stops at the first")
    }

    @Test func thePaneScrollsToKeepTheSelectionInView() {
        let pane = press("3", from: AppState(analysis: QuoteArticles.analysis(), width: 40, height: 6))
        let last = press("G", from: pane)
        let row = last.quoteList.rows.firstIndex(of: .quote(3)) ?? -1
        #expect(row >= last.article.quotes.top && row < last.article.quotes.top + last.quotePageHeight)
        #expect(press("g", from: last).article.quotes.top == 0)
    }

    @Test func mentionsAndQuotesTakeTurnsInTheStatusLine() {
        let quoted = press("]", from: start)
        let mention = press([.tab, .character("n")], from: quoted)
        #expect(mention.currentQuote == nil)
        #expect(StatusLine.subject(of: mention).hasPrefix("mention "))
        let back = press("]", from: mention)
        #expect(back.currentMention == nil)
        #expect(StatusLine.subject(of: back).hasPrefix("quote "))
    }

    @Test func theGutterNarrowsTheTextOnlyWhenWideAndQuoted() {
        let quoted = AppState(analysis: QuoteArticles.analysis(), width: 80, height: 24)
        let plain = AppState(analysis: EntityArticles.analysis(), width: 80, height: 24)
        #expect(quoted.layout.width == plain.layout.width - ArticlePane.gutterWidth)
        let narrow = AppState(analysis: QuoteArticles.analysis(), width: 40, height: 12)
        #expect(narrow.layout.width == AppState(analysis: EntityArticles.analysis(), width: 40, height: 12).layout.width)
    }

    @Test func resizingAcrossTheGutterKeepsTheReadingPosition() {
        let wide = press("]]", from: AppState(analysis: QuoteArticles.analysis(), width: 80, height: 24))
        let anchor = wide.layout.lines[wide.top].start
        let narrow = update(wide, .resize(width: 40, height: 12)).0
        let back = update(narrow, .resize(width: 80, height: 24)).0
        #expect(back.top == wide.top)
        #expect(narrow.layout.lines[narrow.top].start <= anchor)
        #expect(narrow.layout.lineIndex(containing: anchor) == narrow.top)
    }
}
