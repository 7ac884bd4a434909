import BylineCore
import Testing

/// The attribution patterns of design/quotes.md, and quoting styles from several presses.
@Suite struct QuotePatternTests {
    @Test func quoteThenSubjectVerb() throws {
        let found = try QuoteFixture.direct("“Prices will fall,” ⟦Nadia Sol|person⟧ predicted.")
        #expect(found.map(\.speaker) == ["Nadia Sol"])
        #expect(found.first?.cue == "predicted")
        #expect((found.first?.confidence ?? 0) >= 0.85)
    }

    @Test func subjectVerbColonQuote() throws {
        let found = try QuoteFixture.direct("⟦Nadia Sol|person⟧ warned: “Prices will fall.”")
        #expect(found.map(\.speaker) == ["Nadia Sol"])
        #expect(found.first?.cue == "warned")
    }

    @Test func splitQuoteWithCueInTheMiddle() throws {
        let found = try QuoteFixture.speakers("“Prices will fall,” ⟦Nadia Sol|person⟧ said, “and wages will follow.”")
        #expect(found == ["“Prices will fall,” ← Nadia Sol", "“and wages will follow.” ← Nadia Sol"])
    }

    @Test func indirectSpeechWithAndWithoutThat() throws {
        let found = try QuoteFixture.quotes("""
            ⟦Nadia Sol|person⟧ said the bank would raise rates in June.
            ⟦Omar Haddad|person⟧ told lawmakers that the budget was balanced.
            ⟦Omar Haddad|person⟧ insisted that no cuts were planned.
            ⟦Omar Haddad|person⟧ announced a new budget.
            """)
        #expect(found.map(\.text) == ["the bank would raise rates in June", "the budget was balanced", "no cuts were planned",
                                       "a new budget"])
        #expect(found.map(\.speaker) == ["Nadia Sol", "Omar Haddad", "Omar Haddad", "Omar Haddad"])
        #expect(found.allSatisfy { $0.kind == .indirect })
        #expect(found[1].addressee == "lawmakers")
    }

    @Test func subjectNotNameInsideAnotherClause() throws {
        let found = try QuoteFixture.direct("""
            After meeting ⟦Omar Haddad|person⟧ in ⟦Cairo|place⟧, ⟦Nadia Sol|person⟧ said the talks were “productive.”
            """)
        #expect(found.map(\.speaker) == ["Nadia Sol"])
    }

    @Test func adverbAndAuxiliaryBetweenSubjectAndCue() throws {
        let found = try QuoteFixture.direct("""
            ⟦Nadia Sol|person⟧, meanwhile, has repeatedly said the plan is “doomed.”
            """)
        #expect(found.map(\.speaker) == ["Nadia Sol"])
    }

    @Test func cueNounIsNotACue() throws {
        let found = try QuoteFixture.direct("""
            The minister's report cites a “crisis” in ⟦Lagos|place⟧’s state hospitals. The state “debt” grew.
            """)
        #expect(found.map(\.speaker) == [nil, nil])
    }

    @Test func wireServiceStyle() throws {
        let found = try QuoteFixture.speakers("""
            ⟦WASHINGTON|place⟧ (AP) — ⟦Senator Ellen Park|person⟧ on Tuesday called the measure “a good first step.”
            “We have work to do,” the ⟦Oregon|place⟧ Democrat said in a statement.
            “This is just the start,” ⟦Park|person⟧ said.
            """)
        #expect(found == [
            "“a good first step.” ← Senator Ellen Park",
            "“We have work to do,” ← nil",
            "“This is just the start,” ← Senator Ellen Park",
        ])
    }

    @Test func britishSingleQuotesWithNestedDoubles() throws {
        let found = try QuoteFixture.speakers("""
            ⟦Graham Holt|person⟧ said: ‘They told me it was “a formality”, and it was not.’
            ‘We shall see,’ he added.
            """)
        #expect(found == [
            "‘They told me it was “a formality”, and it was not.’ ← Graham Holt",
            "‘We shall see,’ ← Graham Holt",
        ])
    }

    @Test func frenchGuillemets() throws {
        let found = try QuoteFixture.speakers("""
            « Nous ne céderons pas », said ⟦Claire Dubois|person⟧. « C'est clair. »
            """)
        #expect(found == ["« Nous ne céderons pas » ← Claire Dubois", "« C'est clair. » ← Claire Dubois"])
    }

    @Test func typewriterQuotes() throws {
        let found = try QuoteFixture.speakers("""
            "It's a deal," ⟦Sam Reyes|person⟧ said. "We sign on Monday."
            ⟦Sam Reyes|person⟧'s aides called it 'historic' in private.
            ``Nothing is signed yet,'' said ⟦Vera Lind|person⟧.
            """)
        #expect(found == [
            "\"It's a deal,\" ← Sam Reyes",
            "\"We sign on Monday.\" ← Sam Reyes",
            "'historic' ← nil",
            "``Nothing is signed yet,'' ← Vera Lind",
        ])
    }

    @Test func quoteIdsFollowTextOrder() throws {
        let text = "⟦Nadia Sol|person⟧ said the plan was “bold.” “It is,” ⟦Omar Haddad|person⟧ said."
        let (plain, mentions) = LinkerFixture.parse(text)
        let article = Article.parse(plain)
        let gazetteer = try QuoteFixture.bundled.get()
        var document = Document(article)
        document.entities = EntityLinker.link(mentions, in: document, gazetteer: gazetteer)
        let quotes = QuoteAttributor.quotes(in: document, gazetteer: gazetteer, confidence: try QuoteFixture.confidence.get())
        #expect(quotes.map(\.id) == (1...quotes.count).map { "Q\($0)" })
        #expect(quotes.map(\.range) == quotes.map(\.range).sorted())
    }
}
