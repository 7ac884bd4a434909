import BylineCore
import Testing
@testable import BylineUI

@Suite struct ArticleSwitchTests {
    private let inputs: [(article: Article, source: String)] = [
        (TestArticles.article((1...30).map { "First article, paragraph \($0), long enough to wrap over two lines." }), "a.txt"),
        (TestArticles.article((1...20).map { "Second article, paragraph \($0), with a word: harbour." }), "b.txt"),
        (TestArticles.article(["Third article, short, with a harbour."]), "c.md"),
    ]

    private func opened() -> (AppState, [Effect]) {
        AppState.opening(articles: inputs, width: 80, height: 24)
    }

    private func press(_ keys: [Key], from state: AppState) -> AppState {
        keys.reduce(state) { update($0, .key($1)).0 }
    }

    private func press(_ text: String, from state: AppState) -> AppState {
        press(text.map { $0 == "\n" ? Key.enter : .character($0) }, from: state)
    }

    @Test func openingAsksForEveryAnalysisTheFirstFirst() {
        let (state, effects) = opened()
        #expect(state.articles.count == 3)
        #expect(state.current == 0)
        #expect(effects == inputs.enumerated().map { index, input in
            .analyze(AnalysisJob(id: index + 1, source: input.source, article: input.article))
        })
        #expect(state.articles.allSatisfy { $0.pendingAnalysis != nil })
    }

    @Test func colonNAndPMoveBetweenArticlesWrappingAround() {
        let (state, _) = opened()
        #expect(press(":n", from: state).current == 1)
        #expect(press(":n:n", from: state).current == 2)
        #expect(press(":n:n:n", from: state).current == 0)
        #expect(press(":p", from: state).current == 2)
        #expect(press("]]", from: state).current == 1)
        #expect(press("[[", from: state).current == 2)
        #expect(press("]]", from: state).currentQuote == nil, "the quote jump of the first ] is undone")
        #expect(StatusLine.subject(of: press(":n", from: state)) == "article 2/3 · b.txt")
    }

    @Test func eachArticleKeepsItsPlace() {
        let (state, _) = opened()
        let scrolled = press("7j:n5j", from: state)
        #expect(scrolled.top == 5)
        let back = press(":p", from: scrolled)
        #expect(back.top == 7)
        #expect(press(":n", from: back).top == 5)
    }

    @Test func switchingToAnArticleStillWaitingAsksForItFirst() {
        let (state, _) = opened()
        let (_, effects) = update(state, .key(.character(":")))
        #expect(effects.isEmpty)
        let (_, switched) = update(press(":", from: state), .key(.character("n")))
        #expect(switched == [.prioritize(2)])
        let analysed = update(state, .analysisFinished(jobID: 2, .analysed(Analysis(source: "b.txt", article: inputs[1].article)))).0
        #expect(analysed.articles[1].pendingAnalysis == nil)
        #expect(analysed.articles[0].pendingAnalysis != nil, "only the job's own article is done")
        #expect(update(press(":", from: analysed), .key(.character("n"))).1.isEmpty, "no need to hurry a finished one")
    }

    @Test func aSearchFollowsToTheNextArticle() {
        let (state, _) = opened()
        let searched = press("/harbour\n", from: state)
        #expect(searched.note == "Pattern not found: harbour")
        let next = press(":n", from: searched)
        #expect(next.article.search?.matches.count == 20)
        #expect(press("n", from: next).currentMatch != nil)
    }

    @Test func theArticleListOpensAnArticle() {
        let (state, _) = opened()
        let list = press("0", from: state)
        #expect(list.mode == .articles)
        #expect(list.articleList.selected == 0)
        #expect(press("jj", from: list).articleList.selected == 2)
        #expect(press("jjjj", from: list).articleList.selected == 2, "the selection stops at the last")
        let chosen = press("j\n", from: list)
        #expect(chosen.mode == .normal)
        #expect(chosen.current == 1)
        #expect(press([.escape], from: list).mode == .normal)
        #expect(press([.escape], from: list).current == 0)
        #expect(press("G0", from: list).mode == .normal, "0 closes it too")
        #expect(press("0", from: press(":n", from: state)).articleList.selected == 1, "it opens on the article shown")
    }

    @Test func articleListSnapshots() throws {
        let sample = try #require(TestArticles.sample())
        var (state, _) = AppState.opening(articles: [(sample.article, sample.source)] + inputs.dropFirst(), width: 80,
                                          height: 24)
        state = update(state, .analysisFinished(jobID: 1, .analysed(sample))).0
        for (width, height) in [(80, 24), (40, 10)] {
            let list = press("0j", from: update(state, .resize(width: width, height: height)).0)
            try Snapshot.assertMatches(Screen.render(list, theme: SnapshotTheme.theme), named: "article-list-\(width)x\(height)")
        }
    }
}
