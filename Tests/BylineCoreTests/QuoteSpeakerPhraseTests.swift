import BylineCore
import Testing

/// The phrase that names a speaker: documents and bodies, `according to` after the quotation, pronouns as
/// the linker left them, colon lead-ins and a question followed by a long trailing clause (examples written
/// for the project).
@Suite struct QuoteSpeakerPhraseTests {
    @Test func documentSpeaks() throws {
        let found = try QuoteFixture.direct("“The harbor fees will double next spring,” the statement said.")
        #expect(found.map(\.speakerMention) == ["the statement"])
        #expect(found.first?.cue == "said")
    }

    @Test func accordingToAfterTheQuote() throws {
        let found = try QuoteFixture.direct("Fees rose by “a worrying margin,” according to ⟦the Harbor Authority|organization⟧.")
        #expect(found.map(\.speaker) == ["the Harbor Authority"])
        #expect(found.first?.cue == "according to")
    }

    @Test func pronounTheLinkerLeftAloneIsTheMention() throws {
        let found = try QuoteFixture.direct("“We are ready for the vote,” we said.")
        #expect(found.map(\.speakerMention) == ["we"])
        #expect(found.map(\.speaker) == [nil])
    }

    @Test func questionWithLongTrailingClause() throws {
        let found = try QuoteFixture.direct("""
            “Why was the money left idle for a year?” ⟦Ann Cole|person⟧ said, echoing colleagues who had asked the same \
            question for months.
            """)
        #expect(found.map(\.speaker) == ["Ann Cole"])
    }

    @Test func newStatementAfterAQuestionIsNoAttribution() throws {
        let found = try QuoteFixture.direct("“Why now?” ⟦Ann Cole|person⟧ said the council would vote again in May.")
        #expect(found.map(\.speaker) == [nil])
    }

    @Test func colonLeadIn() throws {
        let found = try QuoteFixture.direct("The council’s letter makes its case plainly: “Nobody should pay twice for one bridge.”")
        #expect(found.first?.speakerMention?.hasSuffix("letter") == true)
    }
}
