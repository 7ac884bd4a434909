import Testing
@testable import BylineUI

@Suite struct KeySequenceTests {
    /// A long article on a 40x12 terminal: 10 article rows a page.
    private let start = AppState(analysis: TestArticles.numbered(60), width: 40, height: 12)

    private func press(_ keys: [Key], from state: AppState) -> AppState {
        keys.reduce(state) { update($0, .key($1)).0 }
    }

    private func press(_ text: String, from state: AppState) -> AppState {
        press(text.map(Key.character), from: state)
    }

    @Test func countsRepeatMoves() {
        #expect(press("5j", from: start).top == 5)
        #expect(press("5jk", from: start).top == 4, "the count is used once")
        #expect(press("7j5k", from: start).top == 2)
        #expect(press("7j2k", from: start).top == 7, "2 is a pane key: k moves in the entity pane")
        #expect(press("2 ", from: start).focus == .entities, "2 alone still focuses the entities")
        #expect(press("9e", from: start).top == 9)
        #expect(press("5d", from: start).top == 25)
        #expect(press([.character("6"), .control("f")], from: start).top == 60)
    }

    @Test func countsNameLinesAndPercents() {
        #expect(press("30g", from: start).top == 29, "30g goes to line 30")
        #expect(press("30g", from: start).focus == .article, "3 then 0 is a number, not a pane switch")
        #expect(press("10G", from: start).top == 9)
        #expect(press("50%", from: start).top == start.layout.lines.count / 2)
        #expect(press("100%", from: start).top == start.maxTop)
        #expect(press("G%", from: start).top == 0, "% alone is the top")
    }

    @Test func digitsAloneSwitchPanes() {
        #expect(press("2", from: start).focus == .entities)
        #expect(press("24", from: start).focus == .relations, "2 then 4 is two switches")
        #expect(press("41", from: start).focus == .article)
        #expect(press("4j", from: start).focus == .relations, "a move after a pane key is a move in that pane")
        let escaped = press([.character("5"), .escape, .character("j")], from: start)
        #expect(escaped.top == 1, "Esc drops a count")
    }

    @Test func marksRememberPlaces() {
        let marked = press("20jma", from: start)
        #expect(marked.article.marks["a"] != nil)
        let back = press("G'a", from: marked)
        #expect(back.top == 20)
        let missing = press("'z", from: start)
        #expect(missing.note?.contains("'z'") == true)
        #expect(press([.character("m"), .escape, .character("j")], from: start).top == 1, "a non-letter cancels m")
    }

    @Test func lessAliases() {
        #expect(press([.control("f")], from: start).top == 10)
        #expect(press([.control("f"), .control("b")], from: start).top == 0)
        #expect(press([.control("d")], from: start).top == 5)
        #expect(press([.control("d"), .control("u")], from: start).top == 0)
        #expect(press("eee", from: start).top == 3)
        #expect(press("eey", from: start).top == 1)
        #expect(update(start, .key(.character("Q"))).1 == [.quit])
        #expect(press("h", from: start).isHelpShown)
    }

    @Test func equalsSaysWhereYouAre() {
        let state = press("10j=", from: start)
        #expect(state.note?.contains("lines 11-20/") == true)
        #expect(state.note?.contains("test.txt") == true)
        #expect(StatusLine(state: state).source == state.note)
        #expect(press("=j", from: start).note == nil, "the next key clears it")
    }

    @Test func sequencesWaitAndUndoTheirFirstKey() {
        let keymap = Keymap.reader
        #expect(keymap.lookup([.character("]")]) == .prefix(.nextQuote))
        #expect(keymap.lookup([.character("]"), .character("]")]) == .action(.nextArticle))
        #expect(keymap.lookup([.character("m")]) == .argument(.setMark("a")))
        #expect(keymap.lookup([.character(":")]) == .action(.command))
        #expect(keymap.lookup([.character("n")], mode: .command) == .action(.nextArticle))
        #expect(keymap.lookup([.character("y")], in: .quotes) == .action(.copyQuote))
        #expect(keymap.lookup([.character("y")], in: .article) == .action(.move(.lineUp)))
    }

    @Test func colonOpensTheCommandPrompt() {
        let command = press(":", from: start)
        #expect(command.mode == .command)
        #expect(StatusLine(state: command).prompt == ":")
        #expect(press(":x", from: start).mode == .normal, "an unknown command ends it")
        #expect(update(command, .key(.character("q"))).1 == [.quit])
        #expect(press(":nj", from: start).top == 1, ":n with one article does nothing, then keys read again")
    }

    @Test func movesAreRoutedByFocus() throws {
        let analysis = try #require(TestArticles.sample())
        let state = AppState(analysis: analysis, width: 100, height: 30)
        let entities = press([.character("2"), .escape], from: state)
        let moved = press("j", from: entities)
        #expect(moved.focus == .entities)
        #expect(moved.article.entities.selected != entities.article.entities.selected, "j in the entity pane moves the selection")
        #expect(press("5j", from: entities).selectedPosition == 5)
        let quotes = press("3", from: state)
        #expect(press("2j", from: quotes).article.quotes.selected == quotes.article.quotes.selected, "2 switches panes, j moves there")
    }
}

@Suite struct CopyQuoteTests {
    @Test func yInTheQuotePaneCopiesTheQuoteWithItsSpeaker() throws {
        let state = AppState(analysis: try #require(TestArticles.sample()), width: 100, height: 30)
        let quotes = update(state, .key(.character("3"))).0
        let index = try #require(quotes.article.quotes.selected)
        let (copied, effects) = update(quotes, .key(.character("y")))
        let speaker = try #require(quotes.quoteList.speakerName(of: index))
        #expect(effects == [.copy(AppState.citation(quote: quotes.quoteList.text(of: index), speaker: speaker,
                                                    cue: quotes.quoteList.cueText(of: index)))])
        guard case .copy(let text)? = effects.first else { return }
        #expect(text.hasSuffix(" — \(speaker), \(quotes.quoteList.cueText(of: index))"))
        #expect(copied.note?.contains("copied quote") == true)
        #expect(update(state, .key(.character("y"))).1.isEmpty, "in the article y scrolls up")
    }

    @Test func citationsQuoteTheWordsOnce() {
        #expect(AppState.citation(quote: "“Yes.”", speaker: "Ann Lee", cue: "said") == "“Yes.” — Ann Lee, said")
        #expect(AppState.citation(quote: "Yes.", speaker: nil, cue: "") == "“Yes.” — unknown speaker")
    }
}
