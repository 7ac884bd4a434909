import BylineCore
import Testing

@Suite("Markdown reader")
struct MarkdownReaderTests {
    private func blocks(_ article: ArticleText) -> [String] {
        let scalars = Array(article.text.unicodeScalars)
        return article.blocks.map { "\($0.kind.rawValue)\($0.level > 0 ? "\($0.level)" : ""): " + String(String.UnicodeScalarView(scalars[$0.range.start..<$0.range.end])) }
    }

    @Test("the Markdown story reads as the plain-text story: no markup, soft breaks as spaces")
    func storyText() {
        #expect(MarkdownReader.read(FormatArticles.markdown).text == FormatArticles.plainText)
    }

    @Test("front matter gives the metadata; the first level-1 heading is the title")
    func metadata() {
        let article = MarkdownReader.read(FormatArticles.markdown)
        #expect(article.metadata == ArticleMetadata(title: "Council backs new tram line after a long dispute",
                                                    authors: ["Elena Varga", "Tomas Reyes"], published: "2026-03-03",
                                                    site: "Coastal Wire"))
        #expect(blocks(article).prefix(3) == ["title: Council backs new tram line after a long dispute",
                                               "byline: By Elena Varga and Tomas Reyes", "dateline: PORTSMOUTH (Coastal Wire) —"])
    }

    @Test("emphasis, strong emphasis, code and links become inline styles")
    func inlineStyles() {
        let article = MarkdownReader.read("Some *soft* and **loud** words, `code` and [a link](https://example.org/x).")
        let scalars = Array(article.text.unicodeScalars)
        #expect(article.text == "Some soft and loud words, code and a link.")
        #expect(article.inlines.map { "\($0.kind): " + String(String.UnicodeScalarView(scalars[$0.range.start..<$0.range.end])) } == [
            "emphasis: soft", "strong: loud", "code: code", "link(target: \"https://example.org/x\"): a link",
        ])
    }

    @Test("headings, list items, block quotes and code blocks are blocks of their kind; HTML and images are left out")
    func blockKinds() {
        let article = MarkdownReader.read("""
            Intro paragraph here.

            ## Background

            - first point
            - second point
              - nested point

            > A quoted passage.

            ```
            let x = 1
            ```

            <div>raw html</div>

            ![a picture](p.png) Caption text.
            """)
        #expect(blocks(article) == ["paragraph: Intro paragraph here.", "heading2: Background", "list_item1: first point",
                                    "list_item1: second point", "list_item2: nested point", "block_quote1: A quoted passage.",
                                    "code: let x = 1", "paragraph: Caption text."])
    }

    @Test("each block's source is its lines in the input")
    func sourceMap() throws {
        let markdown = "# Head\n\nBody *text* here.\n"
        let article = MarkdownReader.read(markdown)
        let body = try #require(article.blocks.last?.source)
        #expect(String(decoding: Array(markdown.utf8)[body], as: UTF8.self) == "Body *text* here.")
    }

    @Test("the Markdown and plain-text stories give the same entities and quotes")
    func sameAnalysisAsPlainText() throws {
        let models = try MentionFinderArticleTests.models.get()
        let fromMarkdown = Analyzer.analyze(Article.parse(MarkdownReader.read(FormatArticles.markdown)), source: "md", models: models)
        let fromText = Analyzer.analyze(text: FormatArticles.plainText, source: "text", models: models)
        #expect(fromMarkdown.entities.map(\.name) == fromText.entities.map(\.name))
        #expect(fromMarkdown.quotes.map { [fromMarkdown.article.string($0.range), $0.speaker ?? "-"] }
                == fromText.quotes.map { [fromText.article.string($0.range), $0.speaker ?? "-"] })
    }
}
