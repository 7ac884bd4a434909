import BylineCore
import Testing

/// Speakers read from the parse where no cue stands next to the quotation (examples written for the
/// project): a parenthetical cue beside a quoted main clause, a possessive, a relative pronoun, a
/// participle's clause, a cue the parse takes for a noun; and titles after a possessive.
@Suite struct QuoteParseSpeakerTests {
    @Test func parentheticalCueBesideAQuotedMainClause() throws {
        let found = try QuoteFixture.direct("""
            ⟦Ana Ruiz|person⟧ spoke in ⟦Dover|place⟧ on Monday. Sales were “flat for about a month” as buyers waited, she said.
            """)
        #expect(found.map(\.speakerMention) == ["she"])
        #expect(found.map(\.speaker) == ["Ana Ruiz"])
    }

    @Test func possessiveOfTheNounTheQuotationHangsFrom() throws {
        let found = try QuoteFixture.direct("""
            ⟦Tom Baker|person⟧ spoke in ⟦Leeds|place⟧. Critics pointed to his call for “a total ban” on imports.
            """)
        #expect(found.map(\.speakerMention) == ["his"])
    }

    @Test func relativePronounIsTheMentionAndTheAntecedentTheSpeaker() throws {
        let found = try QuoteFixture.direct("""
            The council praised the mayor, ⟦Ana Ruiz|person⟧, who called the harbor plan “a gold standard” on Tuesday.
            """)
        #expect(found.map(\.speaker) == ["Ana Ruiz"])
        #expect(found.map(\.speakerMention) == ["who"])
    }

    @Test func participleTakesItsClausesSubjectNotTheFirstName() throws {
        let found = try QuoteFixture.direct("""
            ⟦Reuters|organization⟧ – ⟦Ana Ruiz|person⟧ took a swipe at the plan on Monday, saying that “loud words” do harm.
            """)
        #expect(found.map(\.speaker) == ["Ana Ruiz"])
        #expect(found.first?.cue == "saying")
    }

    @Test func clauseFinalCueTheParseReadsAsANoun() throws {
        let found = try QuoteFixture.direct("""
            “The harbor is safe for now,” ⟦Ruiz|person⟧ notes.
            """)
        #expect(found.map(\.speaker) == ["Ruiz"])
    }

    @Test func commonNounSubjectOfALearnedCueAsALastResort() throws {
        let found = try QuoteFixture.direct("""
            Outside the hall the protesters chanted “Close the mine!” for an hour. “We will stay,” ⟦Ana Ruiz|person⟧ said.
            """)
        #expect(found.map(\.speakerMention) == ["the protesters", "Ana Ruiz"])
        #expect(found[0].confidence < found[1].confidence)
    }

    @Test func titleAfterAPossessiveIsNoQuotationUnlessInsideAnAttribution() throws {
        let alone = try QuoteFixture.direct("""
            ⟦Ana Ruiz|person⟧ spoke on the network’s “Night Desk” on Sunday.
            """)
        #expect(alone.isEmpty)
        let inside = try QuoteFixture.direct("""
            “We will win,” ⟦Ana Ruiz|person⟧ told the network’s “Night Desk.” “Soon.”
            """)
        #expect(inside.count == 3)
    }
}
