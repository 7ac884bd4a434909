import BylineCore
import Testing

/// Quotations set inside a clause whose verb need not be a speech verb: the speaker is the governing
/// clause's subject, read from the dependency parse (examples written for the project).
@Suite struct QuoteClauseTests {
    @Test func nonSpeechVerbGovernsPartialQuote() throws {
        let found = try QuoteFixture.direct("Senator ⟦Ada Vale|person⟧ called the harbor plan “a gold standard.”")
        #expect(found.map(\.speaker) == ["Ada Vale"])
    }

    @Test func controlVerbGovernsQuotedVerb() throws {
        let found = try QuoteFixture.direct("⟦Ada Vale|person⟧ has pledged to “cancel” the port deal within a month.")
        #expect(found.map(\.speaker) == ["Ada Vale"])
    }

    @Test func accusationGovernsQuotedObject() throws {
        let found = try QuoteFixture.direct("⟦Ada Vale|person⟧ accused her rival of “playing games” with the budget.")
        #expect(found.map(\.speaker) == ["Ada Vale"])
    }

    @Test func nounTweetsIsNoCue() throws {
        let found = try QuoteFixture.direct("⟦Ada Vale|person⟧ says the flurry of tweets was “unhinged.”")
        #expect(found.map(\.speaker) == ["Ada Vale"])
        #expect(found.first?.cue == "says")
    }

    @Test func relativeClauseTakesItsAntecedent() throws {
        let found = try QuoteFixture.direct("""
            The recall is led by ⟦Ben Orr|person⟧, who told a local paper the mayor could be “removed by spring.”
            """)
        #expect(found.map(\.speaker) == ["Ben Orr"])
    }

    @Test func clauseWithoutSpeakingSubjectGivesNoSpeaker() throws {
        let found = try QuoteFixture.direct("The weather turned “biblical” over the harbor on Sunday.")
        #expect(found.map(\.speaker) == [nil])
    }
}

/// A quotation alone in its sentence keeps the previous quotation's speaker across a long attribution and
/// a single line break.
@Suite struct QuoteContinuationTests {
    @Test func continuesAcrossLongApposition() throws {
        let found = try QuoteFixture.speakers("""
            “We won the appeal,” said ⟦Dana Reyes|person⟧, a lawyer who represented the county for six years before \
            the long dispute over the harbor began. “It took a decade.”
            """)
        #expect(found == ["“We won the appeal,” ← Dana Reyes", "“It took a decade.” ← Dana Reyes"])
    }

    @Test func continuesAcrossSingleLineBreak() throws {
        let found = try QuoteFixture.speakers("""
            “We won the appeal,” ⟦Reyes|person⟧ said in an interview with a radio station on Friday morning after the ruling.
            “It took a decade.”
            """)
        #expect(found == ["“We won the appeal,” ← Reyes", "“It took a decade.” ← Reyes"])
    }

    @Test func anotherPersonBetweenStopsContinuation() throws {
        let found = try QuoteFixture.speakers("""
            “We won the appeal,” ⟦Reyes|person⟧ said. ⟦Tom Ruiz|person⟧ arrived later with the mayor and the rest of the team.
            “It took a decade.”
            """)
        #expect(found == ["“We won the appeal,” ← Reyes", "“It took a decade.” ← nil"])
    }
}
