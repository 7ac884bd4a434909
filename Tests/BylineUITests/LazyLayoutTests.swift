import BylineCore
import Testing
@testable import BylineUI

/// The lazy layout: an article laid out a step at a time gives the same lines, and the reader the same
/// screens, as one laid out whole.
@Suite struct LazyLayoutTests {
    /// An article several layout steps long: numbered paragraphs of varied length.
    private static let long = TestArticles.analysis((1...1_500).map { index in
        "Section \(index) begins. " + String(repeating: "The ferry ran late again and nobody minded much. ", count: 1 + index % 4)
    })

    private static func lines(_ layout: ArticleLayout) -> [ArticleLayout.Line] { Array(layout.lines) }

    /// The reader on the long article with its layout finished before any key.
    private static func laidOut(_ state: AppState) -> AppState {
        var state = state
        state.completeLayout()
        return state
    }

    private func press(_ keys: [Key], from state: AppState) -> AppState {
        keys.reduce(state) { update($0, .key($1)).0 }
    }

    private func press(_ text: String, from state: AppState) -> AppState {
        press(text.map(Key.character), from: state)
    }

    private func screen(_ state: AppState) -> String {
        Snapshot.describe(Screen.render(state, theme: SnapshotTheme.theme))
    }

    /// The text of each row of the screen but the status line.
    private func rowsAboveStatus(_ state: AppState) -> [String] {
        let buffer = Screen.render(state, theme: SnapshotTheme.theme)
        return (0..<buffer.height - 1).map { y in
            (0..<buffer.width).map { buffer[$0, y] }.filter { !$0.isContinuation }.map(\.grapheme).joined()
        }
    }

    @Test func aPartialLayoutIsTheStartOfTheWholeOne() {
        let article = Self.long.article
        let whole = ArticleLayout(article: article, width: 37)
        var partial = ArticleLayout(article: article, width: 37, lineCount: 30)
        #expect(whole.isComplete)
        #expect(!partial.isComplete)
        #expect(partial.lines.count >= 30)
        #expect(Self.lines(partial) == Array(whole.lines.prefix(partial.lines.count)))
        var steps = 0
        while !partial.isComplete {
            partial.step(in: article)
            steps += 1
        }
        #expect(steps > 2, "the article takes several steps")
        #expect(Self.lines(partial) == Self.lines(whole))
        for offset in stride(from: 0, to: article.length, by: 997) {
            #expect(partial.lineIndex(containing: offset) == whole.lineIndex(containing: offset))
        }
    }

    @Test func extendingThroughAnOffsetReachesItsLine() {
        let article = Self.long.article
        let whole = ArticleLayout(article: article, width: 50)
        var partial = ArticleLayout(article: article, width: 50, lineCount: 0)
        let offset = article.paragraphs[1_200].start + 7
        partial.extend(through: offset, extraLines: 5, in: article)
        let line = whole.lineIndex(containing: offset)
        #expect(partial.lineIndex(containing: offset) == line)
        #expect(partial.lines.count >= line + 6)
        #expect(!partial.isComplete)
    }

    @Test func theReaderOpensWithTheFirstPageOnly() {
        let state = AppState(analysis: Self.long, width: 80, height: 24)
        #expect(state.isLayingOut)
        #expect(state.layout.lines.count < Self.laidOut(state).layout.lines.count)
        #expect(StatusLine(state: state).position == "line 1/? Top")
        var stepped = state
        while stepped.isLayingOut {
            stepped = update(stepped, .continueLayout).0
        }
        #expect(Self.lines(stepped.layout) == Self.lines(Self.laidOut(state).layout))
        #expect(StatusLine(state: stepped).position == "line 1/\(stepped.layout.lines.count) Top")
    }

    @Test(arguments: [(80, 24), (120, 40), (60, 20)])
    func theLastPageIsTheSameAsWithTheWholeLayout(width: Int, height: Int) {
        let state = AppState(analysis: Self.long, width: width, height: height)
        let lazy = press("G", from: state)
        let whole = press("G", from: Self.laidOut(state))
        #expect(!lazy.isLayingOut)
        #expect(lazy.top == whole.top)
        #expect(screen(lazy) == screen(whole))
        #expect(screen(press("50%", from: state)) == screen(press("50%", from: Self.laidOut(state))))
        // Line 700 needs only the lines above it and a page: the status line says "?" for the total until
        // the rest is laid out; the rest of the screen is the same at once.
        let line = press("700g", from: state)
        let wholeLine = press("700g", from: Self.laidOut(state))
        #expect(line.isLayingOut)
        #expect(rowsAboveStatus(line) == rowsAboveStatus(wholeLine))
        #expect(screen(Self.laidOut(line)) == screen(wholeLine))
    }

    @Test(arguments: [(80, 24), (120, 40)])
    func aSearchNearTheEndShowsTheSameScreen(width: Int, height: Int) {
        let state = AppState(analysis: Self.long, width: width, height: height)
        let keys = [Key.character("/")] + "Section 1200 begins".map(Key.character) + [.enter]
        let lazy = press(keys, from: state)
        let whole = press(keys, from: Self.laidOut(state))
        #expect(lazy.currentMatch != nil)
        #expect(lazy.isLayingOut, "only the lines up to the match are laid out")
        #expect(lazy.top == whole.top)
        // The status line says "?" for the total while the layout is incomplete; the rest is the same.
        #expect(rowsAboveStatus(lazy) == rowsAboveStatus(whole))
        #expect(screen(Self.laidOut(lazy)) == screen(whole))
        let backward = [Key.character("?")] + "Section 3 begins".map(Key.character) + [.enter]
        #expect(screen(Self.laidOut(press(backward, from: lazy))) == screen(press(backward, from: whole)))
    }

    @Test func aResizeWhileLayingOutKeepsThePlace() {
        let state = press(" ", from: AppState(analysis: Self.long, width: 80, height: 24))
        let anchor = state.layout.lines[state.top].start
        let narrow = update(state, .resize(width: 60, height: 24)).0
        #expect(narrow.layout.width != state.layout.width)
        #expect(narrow.layout.lines[narrow.top].start <= anchor)
        #expect(narrow.layout.lines.count >= narrow.top + narrow.pageHeight)
        let whole = update(Self.laidOut(state), .resize(width: 60, height: 24)).0
        #expect(narrow.top == whole.top)
    }
}
