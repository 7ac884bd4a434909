import BylineCore
import Testing

/// The clause after a quotation and the lines around it (examples written for the project): descriptors
/// before the speaker's name, verbs no cue list holds, a signature line, and a cue whose subject cannot
/// speak giving way to a higher one.
@Suite struct QuoteAfterClauseTests {
    @Test func descriptorBeforeTheNameIsPartOfTheSpeaker() throws {
        let found = try QuoteFixture.direct("“The plan is sound,” veteran analyst ⟦Ana Ruiz|person⟧ wrote on Monday.")
        #expect(found.map(\.speaker) == ["Ana Ruiz"])
        #expect(found.first?.speakerMention == "veteran analyst Ana Ruiz")
        #expect(found.first?.cue == "wrote")
    }

    @Test func anyVerbEndingTheClauseAfterAQuotationAttributesIt() throws {
        let found = try QuoteFixture.direct("""
            “Will you resign before the vote?” ⟦Omar Haddad|person⟧ pressed. “Not this week,” the crowd roared back.
            """)
        #expect(found.map(\.speaker) == ["Omar Haddad", nil])
        #expect(found.map(\.speakerMention) == ["Omar Haddad", "the crowd"])
        #expect(found.map(\.cue) == ["pressed", "roared"])
    }

    @Test func newSentenceAfterAFullStopIsNoAttribution() throws {
        let found = try QuoteFixture.direct("""
            The mayor, ⟦Lena Park|person⟧, called the plan “reckless.” ⟦Omar Haddad|person⟧ disagreed.
            """)
        #expect(found.map(\.speaker) == ["Lena Park"])
    }

    @Test func signatureLineUnderAQuotation() throws {
        let found = try QuoteFixture.direct("""
            The claim was checked against the record.

            “We have cut the deficit in half.”

            - ⟦Nadia Sol|person⟧.
            """)
        #expect(found.map(\.speaker) == ["Nadia Sol"])
    }

    @Test func cueWhoseSubjectCannotSpeakGivesWayToAHigherOne() throws {
        let found = try QuoteFixture.direct("""
            ⟦Ana Ruiz|person⟧ said she wants a budget that calls for “deep and lasting cuts.”
            """)
        #expect(found.map(\.speaker) == ["Ana Ruiz"])
    }
}
