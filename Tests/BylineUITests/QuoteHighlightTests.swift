import BylineCore
import Testing
@testable import BylineUI

/// The article pane's quote styling and speaker gutter, on a one-paragraph article drawn directly.
@Suite struct QuoteHighlightTests {
    private let theme = SnapshotTheme.theme
    private let text = "\"Ask Alice Moreau,\" Bruno said. A sign read \"closed\"."

    private func analysis() -> Analysis {
        let article = TestArticles.article([text])
        let alice = EntityArticles.ranges(of: "Alice Moreau", in: article.scalars)
        let bruno = EntityArticles.ranges(of: "Bruno", in: article.scalars)
        let quote = EntityArticles.ranges(of: "\"Ask Alice Moreau,\"", in: article.scalars)
        let sign = EntityArticles.ranges(of: "\"closed\"", in: article.scalars)
        return Analysis(source: "t", article: article, entities: [
            Entity(id: "E1", kind: .person, name: "Alice Moreau", mentions: alice.map { Mention(range: $0, form: .name) }),
            Entity(id: "E2", kind: .person, name: "Bruno Lacroix-Vandenberghe", mentions: bruno.map { Mention(range: $0, form: .name) }),
        ], quotes: [
            Quote(id: "Q1", kind: .direct, range: quote[0], speaker: "E2", speakerMention: bruno.first),
            Quote(id: "Q2", kind: .direct, range: sign[0]),
        ])
    }

    private func render(width: Int, current: Int?) -> (Buffer, Rect) {
        let analysis = analysis()
        let area = Rect(x: 0, y: 0, width: width, height: 4)
        let quotes = QuoteList(analysis: analysis)
        let layout = ArticleLayout(article: analysis.article,
                                   width: ArticlePane.textArea(in: area, hasQuotes: true).width)
        var buffer = Buffer(width: width, height: 4)
        ArticlePane(article: analysis.article, layout: layout, top: 0,
                    highlights: MentionHighlights(entities: analysis.entities), quotes: quotes, currentQuote: current)
            .render(into: &buffer, area: area, theme: theme)
        return (buffer, ArticlePane.textArea(in: area, hasQuotes: true))
    }

    private func style(_ name: String) -> Style { theme.style(for: name) }

    @Test func entitiesAreHighlightedOverTheQuote() {
        let (buffer, text) = render(width: 80, current: nil)
        #expect(text.x == 1 + ArticlePane.gutterWidth)
        #expect(buffer[text.x + 1, 0].grapheme == "A")
        #expect(buffer[text.x + 1, 0].style == style("quote"))
        #expect(buffer[text.x + 5, 0].grapheme == "A")
        #expect(buffer[text.x + 5, 0].style == style("quote").patched(with: style("entity.person")))
        #expect(buffer[text.x + 20, 0].style == style("entity.person"), "Bruno is outside the quote")
    }

    @Test func theCurrentQuoteIsLaidOverTheQuoteStyle() {
        let (buffer, text) = render(width: 80, current: 0)
        #expect(buffer[text.x + 1, 0].style == style("quote").patched(with: style("quote.current")))
        #expect(buffer[1, 0].style == style("quote.speaker").patched(with: style("quote.current")))
    }

    @Test func theGutterNamesTheSpeakerBesideTheFirstQuoteOfARow() {
        let (buffer, _) = render(width: 80, current: nil)
        let gutter = (1..<ArticlePane.gutterWidth).map { buffer[$0, 0].grapheme }.joined()
        #expect(gutter.hasPrefix("Lacroix-V…"), "a person's surname, cut to the gutter: \(gutter)")
        #expect(buffer[1, 0].style == style("quote.speaker"))
    }

    @Test func aQuoteWithNoSpeakerShowsAQuestionMark() {
        let (buffer, text) = render(width: 60, current: nil)
        let second = (text.x..<60).map { buffer[$0, 1].grapheme }.joined()
        #expect(second.hasPrefix("\"closed\""), "the sign's quote wraps to the second row: \(second)")
        #expect(buffer[1, 1].grapheme == "?")
        #expect(buffer[2, 1].grapheme == " ")
    }

    @Test func narrowAreasHaveNoGutter() {
        let area = Rect(x: 0, y: 0, width: ArticlePane.gutterMinimumWidth - 1, height: 4)
        #expect(ArticlePane.textArea(in: area, hasQuotes: true) == ArticlePane.textArea(in: area))
        let wide = Rect(x: 0, y: 0, width: ArticlePane.gutterMinimumWidth, height: 4)
        #expect(ArticlePane.textArea(in: wide, hasQuotes: true).width == ArticlePane.textArea(in: wide).width - ArticlePane.gutterWidth)
    }
}
