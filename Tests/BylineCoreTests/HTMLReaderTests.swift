import BylineCore
import Foundation
import Testing

@Suite("HTML reader")
struct HTMLReaderTests {
    private func read(_ html: String) -> ArticleText {
        HTMLReader.read(Array(html.utf8))
    }

    private func blocks(_ article: ArticleText) -> [String] {
        let scalars = Array(article.text.unicodeScalars)
        return article.blocks.map { "\($0.kind.rawValue): " + String(String.UnicodeScalarView(scalars[$0.range.start..<$0.range.end])) }
    }

    private func inlines(_ article: ArticleText) -> [String] {
        let scalars = Array(article.text.unicodeScalars)
        return article.inlines.map { "\($0.kind): " + String(String.UnicodeScalarView(scalars[$0.range.start..<$0.range.end])) }
    }

    @Test("a news page extracts to the story's plain text, without navigation, ads, scripts or comments")
    func newsPageText() {
        #expect(read(FormatArticles.html).text == FormatArticles.plainText)
    }

    @Test("the page's blocks: title and byline from metadata, the dateline apart, a <br> ending a paragraph")
    func newsPageBlocks() {
        #expect(blocks(read(FormatArticles.html)) == [
            "title: Council backs new tram line after a long dispute",
            "byline: By Elena Varga and Tomas Reyes",
            "dateline: PORTSMOUTH (Coastal Wire) —",
            "paragraph: The city council voted on Tuesday to build a tram line from the harbour to the university, ending a dispute that has lasted three years.",
            "paragraph: “This is the day the city chose to move,” Mayor Ingrid Hallberg told reporters after the vote.",
            "paragraph: Councillor David Osei, who opposed the plan, said the cost would fall on small businesses & shops. “We are spending money we do not have,” he said.",
            "paragraph: The Harbour Transit Authority will open bids in March, according to its director, Samuel Achterberg.",
            "paragraph: Tomas Reyes contributed reporting.",
        ])
    }

    @Test("metadata: og:title, JSON-LD authors over the author meta tag, date, site name, canonical URL")
    func newsPageMetadata() {
        let metadata = read(FormatArticles.html).metadata
        #expect(metadata == ArticleMetadata(title: "Council backs new tram line after a long dispute",
                                            authors: ["Elena Varga", "Tomas Reyes"], published: "2026-03-03T09:30:00Z",
                                            site: "Coastal Wire", url: "https://coastalwire.example/city/tram-vote"))
    }

    @Test("nested emphasis, strong text and links are inline styles over the plain text")
    func inlineMarkup() {
        #expect(inlines(read(FormatArticles.html)) == [
            "emphasis: Tuesday", "strong: Ingrid Hallberg", "emphasis: Hallberg",
            "link(target: \"https://hta.example/\"): Harbour Transit Authority",
        ])
    }

    @Test("each block's source is the input's bytes its text was read from")
    func sourceMap() throws {
        let bytes = Array(FormatArticles.html.utf8)
        let article = HTMLReader.read(bytes)
        let paragraph = try #require(article.blocks.first { $0.kind == .paragraph && $0.source != nil })
        let source = try #require(paragraph.source)
        let html = String(decoding: bytes[source], as: UTF8.self)
        #expect(html.hasPrefix("PORTSMOUTH (Coastal Wire) &mdash; The city council voted on <em>Tuesday</em>"))
        #expect(html.hasSuffix("three years."))
    }

    @Test("without og:title the headline is <title> less the site's name, then the first <h1>")
    func headlineFallbacks() {
        let titled = read("<html><head><title>Bridge reopens after repairs | The Valley Post</title></head><body><p>The bridge reopened on Monday after two years of repairs to its deck and cables.</p></body></html>")
        #expect(titled.metadata.title == "Bridge reopens after repairs")
        let headed = read("<html><body><h1>Bridge reopens</h1><p>The bridge reopened on Monday after two years of repairs to its deck.</p></body></html>")
        #expect(headed.metadata.title == "Bridge reopens")
        #expect(blocks(headed).first == "title: Bridge reopens")
        #expect(blocks(headed).count == 2)
    }

    @Test("authors from rel=author links and byline elements when there is no JSON-LD or meta tag")
    func linkedAuthors() {
        let page = read("""
            <html><body><article><p class="byline">By <a rel="author" href="/a">Nora Lindqvist</a></p>
            <p>The bridge reopened on Monday after two years of repairs to its deck and cables, the city said.</p>
            </article></body></html>
            """)
        #expect(page.metadata.authors == ["Nora Lindqvist"])
        #expect(blocks(page).first == "byline: By Nora Lindqvist")
    }

    @Test("character references: named (HTML 4), numeric and hexadecimal, in text and attributes")
    func characterReferences() {
        let page = read("<p>caf&eacute; &amp; &#8220;bar&#x201d; &mdash; &hellip; x&nbsp;y &lt;b&gt; 5&euro;</p>")
        #expect(page.text == "café & “bar” — … x\u{A0}y <b> 5€")
        let html5 = read("<p>It&apos;s &hyphen; &check;&NotARealName; a &amp;hyphen; b &c d &x<i>e</i></p>")
        #expect(html5.text == "It's \u{2010} \u{2713}&NotARealName; a &hyphen; b &c d &xe")
    }

    @Test("malformed HTML: unclosed and stray tags, broken attributes and references still give the text")
    func malformed() {
        let page = read("<html><body><div><p>First <b>bold <i>both</b> after</p><p>Second &bogus; & more</div></span></p><p attr=\"unterminated>Third")
        #expect(page.text.contains("First bold both after"))
        #expect(page.text.contains("Second"))
    }

    @Test("binary bytes inside a page, deep nesting and empty input never trap")
    func hostileInput() {
        var generator = SystemRandomNumberGenerator()
        let noise = (0..<20_000).map { _ in UInt8.random(in: 1...255, using: &generator) }
        _ = HTMLReader.read(Array("<html><body><p>Before</p>".utf8) + noise + Array("<p>After the noise</p></body></html>".utf8))
        let deep = String(repeating: "<div>", count: 50_000) + "<p>Deep inside a very deeply nested page, the text is.</p>"
        _ = read(deep)
        #expect(read("").text.isEmpty)
        #expect(read("<html></html>").blocks.isEmpty)
    }

    @Test("the HTML and plain-text stories give the same entities and the same quotes with the same speakers")
    func sameAnalysisAsPlainText() throws {
        let models = try MentionFinderArticleTests.models.get()
        let fromHTML = Analyzer.analyze(Article.parse(read(FormatArticles.html)), source: "html", models: models)
        let fromText = Analyzer.analyze(text: FormatArticles.plainText, source: "text", models: models)
        #expect(fromHTML.entities.map(\.name) == fromText.entities.map(\.name))
        #expect(fromHTML.entities.map { $0.mentions.map(\.range) } == fromText.entities.map { $0.mentions.map(\.range) })
        #expect(fromHTML.quotes.map { [fromHTML.article.string($0.range), $0.speaker ?? "-"] }
                == fromText.quotes.map { [fromText.article.string($0.range), $0.speaker ?? "-"] })
        #expect(fromHTML.entities.map(\.name).contains("Ingrid Hallberg"))
        #expect(fromHTML.title == "Council backs new tram line after a long dispute")
        #expect(fromHTML.byline == ["Elena Varga", "Tomas Reyes"])
        #expect(fromText.byline == ["Elena Varga", "Tomas Reyes"])
    }
}
