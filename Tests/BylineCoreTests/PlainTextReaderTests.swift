import BylineCore
import Testing

@Suite("Plain-text reader")
struct PlainTextReaderTests {
    private func blocks(_ text: String) -> [String] {
        let article = Article.parse(text)
        return article.blocks.map { "\($0.kind.rawValue): " + article.string($0.range) }
    }

    @Test("a short first line without final punctuation is the title, a By line the byline, a dateline apart")
    func headline() {
        #expect(blocks(FormatArticles.plainText).prefix(4) == [
            "title: Council backs new tram line after a long dispute",
            "byline: By Elena Varga and Tomas Reyes",
            "dateline: PORTSMOUTH (Coastal Wire) —",
            "paragraph: The city council voted on Tuesday to build a tram line from the harbour to the university, ending a dispute that has lasted three years.",
        ])
        #expect(Article.parse(FormatArticles.plainText).title == "Council backs new tram line after a long dispute")
    }

    @Test("the dateline is kept out of the first sentence")
    func datelineOutOfFirstSentence() {
        let sentences = Fixture.sentences("OSLO, March 3 (Nordic Wire) - Farmers blocked roads on Monday. They want lower fuel taxes.")
        #expect(sentences == ["OSLO, March 3 (Nordic Wire) -", "Farmers blocked roads on Monday.", "They want lower fuel taxes."])
        #expect(Fixture.sentences("WASHINGTON — Senators met.").first == "WASHINGTON —")
    }

    @Test("rows of results and rankings are list items, one a line, under a heading line of their own")
    func layoutRows() {
        let text = "The final was close.\n\nResults:\n1. Ilona Varga (Hungary) 1:51.20\n2. Mette Dahl (Norway) 1:51.85\n\nNorthfield 3 Eastport 1\nKingsbridge 0 Harlow Town 2"
        #expect(blocks(text) == [
            "paragraph: The final was close.",
            "paragraph: Results:",
            "list_item: 1. Ilona Varga (Hungary) 1:51.20",
            "list_item: 2. Mette Dahl (Norway) 1:51.85",
            "list_item: Northfield 3 Eastport 1",
            "list_item: Kingsbridge 0 Harlow Town 2",
        ])
        #expect(Fixture.sentences(text).suffix(2) == ["Northfield 3 Eastport 1", "Kingsbridge 0 Harlow Town 2"])
        let prose = "The vote was 31 to 12\nand the motion passed on Tuesday."
        #expect(blocks("Intro line here.\n\n" + prose).last == "paragraph: " + prose)
    }

    @Test("no title, byline or dateline where there is none")
    func noHeadline() {
        #expect(blocks("The vote passed on Tuesday.\nIt was close.").allSatisfy { $0.hasPrefix("paragraph: ") })
        #expect(blocks("Just one line without a stop").allSatisfy { $0.hasPrefix("paragraph: ") })
        #expect(blocks("U.S. troops — and their allies — left.\nThen more.").allSatisfy { $0.hasPrefix("paragraph: ") })
        #expect(blocks("Bye for now\nBy the river the crowd waited for hours.")[1].hasPrefix("paragraph: "))
        #expect(blocks("Crowds wait by the river\n\nBy the river the crowd waited for hours on end, in rain and wind, and then went home.")[1]
            .hasPrefix("paragraph: "))
    }

    @Test("hard-wrapped text reflows into paragraphs at short lines; one sentence a line does not")
    func reflow() {
        let wrapped = """
            The council met on Tuesday evening to discuss the budget for the
            coming year, and after a long debate it agreed to raise spending
            on roads and schools by a modest amount.
            The mayor said the vote showed that the city could agree on hard
            questions when it had to, and that she hoped the same spirit would
            carry into the spring, when the harder choices come.
            """
        #expect(Fixture.paragraphs(wrapped).count == 2)
        #expect(Fixture.paragraphs(wrapped)[0].hasSuffix("by a modest amount."))
        let perLine = """
            The council met on Tuesday evening to discuss the budget.
            After a long debate it agreed to raise spending on roads.
            The mayor said the vote showed that the city could agree.
            She hoped the same spirit would carry into the spring.
            """
        #expect(Fixture.paragraphs(perLine).count == 4)
    }
}
