import BylineCore
import Testing
@testable import BylineUI

@Suite struct ArticleLayoutTests {
    @Test func wrapsAtSpaces() {
        let article = TestArticles.article(["aaa bbb ccc dd"])
        #expect(TestArticles.lineTexts(article, width: 7) == ["aaa bbb", "ccc dd"])
        #expect(TestArticles.lineTexts(article, width: 8) == ["aaa bbb", "ccc dd"])
        #expect(TestArticles.lineTexts(article, width: 14) == ["aaa bbb ccc dd"])
    }

    @Test func aLineBreakWithSpacesAroundItIsOneSpace() {
        let article = Article.textOnly("Short title\n\nthe first line \n   goes on and\nends here.")
        #expect(TestArticles.lineTexts(article, width: 60) == ["Short title", "", "the first line goes on and ends here."])
    }

    @Test func aDatelineHeadsItsParagraphWithoutABlankLine() {
        let article = Article.textOnly("OSLO (Wire) — Farmers blocked roads.\n\nThey want lower taxes.")
        #expect(TestArticles.lineTexts(article, width: 60) == ["OSLO (Wire) —", "Farmers blocked roads.", "", "They want lower taxes."])
    }

    @Test func putsABlankLineBetweenParagraphs() {
        let article = TestArticles.article(["one two", "three"])
        let layout = ArticleLayout(article: article, width: 20)
        #expect(TestArticles.lineTexts(article, width: 20) == ["one two", "", "three"])
        #expect(layout.lines[1].runs.isEmpty)
        #expect(layout.lines[1].start == article.paragraphs[0].end)
        #expect(layout.lines[2].start == article.paragraphs[1].start)
    }

    @Test func breaksAnOverlongWordByWidth() {
        let article = TestArticles.article(["ab abcdefghij"])
        #expect(TestArticles.lineTexts(article, width: 4) == ["ab", "abcd", "efgh", "ij"])
    }

    @Test func neverSplitsAWideCharacterAtTheEdge() {
        let article = TestArticles.article(["ab漢字かな"])
        let lines = TestArticles.lineTexts(article, width: 3)
        #expect(lines == ["ab", "漢", "字", "か", "な"])
        #expect(lines.allSatisfy { DisplayWidth.of($0) <= 3 })
    }

    @Test func keepsGraphemeClustersWhole() {
        let word = String(repeating: "e\u{301}", count: 5) + "👨\u{200D}👩\u{200D}👧" + "🇺🇸"
        let article = TestArticles.article([word])
        let lines = TestArticles.lineTexts(article, width: 2)
        #expect(lines.joined() == word)
        #expect(lines.allSatisfy { DisplayWidth.of($0) <= 2 })
        #expect(lines.first == "e\u{301}e\u{301}")
        #expect(lines.suffix(2) == ["👨\u{200D}👩\u{200D}👧", "🇺🇸"])
    }

    @Test func runsPointIntoTheText() {
        let article = TestArticles.article(["Alpha beta gamma", "Delta"])
        let layout = ArticleLayout(article: article, width: 11)
        let texts = layout.lines.flatMap(\.runs).map { article.string($0.range) }
        #expect(texts == ["Alpha beta", "gamma", "Delta"])
        #expect(layout.lines.map(\.start) == [0, 11, 16, 18])
    }

    @Test func drawsControlCharactersAsPlaceholders() {
        let article = TestArticles.article(["red\u{1B}[31m alert\u{7}"])
        let layout = ArticleLayout(article: article, width: 40)
        let kinds = layout.lines[0].runs.map(\.kind)
        #expect(kinds == [.text, .placeholder("␛"), .text, .placeholder("␇")])
        #expect(TestArticles.lineTexts(article, width: 40) == ["red␛[31m alert␇"])
    }

    @Test func dropsBidiControls() {
        let article = TestArticles.article(["abc\u{202E}def"])
        #expect(TestArticles.lineTexts(article, width: 10) == ["abcdef"])
    }

    @Test func expandsTabsFromTheLineStart() {
        let article = TestArticles.article(["a\tb\tc"])
        let layout = ArticleLayout(article: article, width: 20)
        #expect(TestArticles.lineTexts(article, width: 20) == ["a   b   c"])
        #expect(layout.lines[0].runs.map(\.width) == [1, 3, 1, 3, 1])
    }

    @Test func treatsLineBreaksInsideAParagraphAsSpaces() {
        let article = TestArticles.article(["one\ntwo"])
        #expect(TestArticles.lineTexts(article, width: 20) == ["one two"])
        #expect(TestArticles.lineTexts(article, width: 4) == ["one", "two"])
    }

    @Test func takesTheCoreLineEndsAsSpacesToo() {
        let article = TestArticles.article(["one\u{85}two\u{0C}three\u{0B}four\u{2028}five"])
        #expect(TestArticles.lineTexts(article, width: 40) == ["one two three four five"])
    }

    @Test func findsTheLineHoldingAnOffset() {
        let article = TestArticles.article(["Alpha beta gamma", "Delta"])
        let layout = ArticleLayout(article: article, width: 11)
        #expect(layout.lineIndex(containing: 0) == 0)
        #expect(layout.lineIndex(containing: 12) == 1)
        #expect(layout.lineIndex(containing: 16) == 2)
        #expect(layout.lineIndex(containing: 19) == 3)
        #expect(layout.lineIndex(containing: 1_000) == 3)
    }

    @Test func emptyArticleHasNoLines() {
        let layout = ArticleLayout(article: TestArticles.article([]), width: 10)
        #expect(layout.lines.isEmpty)
        #expect(layout.lineIndex(containing: 5) == 0)
    }

    @Test func widthBelowOneIsTakenAsOne() {
        let article = TestArticles.article(["ab"])
        #expect(ArticleLayout(article: article, width: 0).width == 1)
        #expect(TestArticles.lineTexts(article, width: -5) == ["a", "b"])
    }

    @Test func printsTheSampleArticleWithinTheWidth() throws {
        let analysis = try #require(TestArticles.sample())
        let lines = PlainTextPrinter.lines(analysis.article, width: 60)
        #expect(lines.first?.hasPrefix("Donald Trump entered the presidency") == true)
        #expect(lines.allSatisfy { DisplayWidth.of($0) <= 60 })
        #expect(lines.contains(""))
        let words = analysis.article.text.split(whereSeparator: \.isWhitespace)
        #expect(lines.joined(separator: " ").split(whereSeparator: \.isWhitespace) == words)
    }
}
