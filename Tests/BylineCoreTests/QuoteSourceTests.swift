import BylineCore
import Testing

/// Who a quotation is credited to when its sentence names more than one candidate (examples written for
/// the project): the source cited with "according to", the reporting clause's subject for a fragment
/// inside its reported clause, and the subject of a progressive the parser takes for a passive.
@Suite struct QuoteSourceTests {
    @Test func citedSourceAfterTheCueIsTheSpeaker() throws {
        let found = try QuoteFixture.direct("""
            “The bridge will close in June,” ⟦Ana Ruiz|person⟧ said, according to ⟦the Harbor Gazette|organization⟧.
            """)
        #expect(found.map(\.speaker) == ["the Harbor Gazette"])
        #expect(found.first?.cue == "according to")
    }

    @Test func citedSourceOpeningTheSentenceIsTheSpeaker() throws {
        let found = try QuoteFixture.direct("""
            According to ⟦the Tide Weekly|organization⟧, ⟦Omar Haddad|person⟧ called the port plan “a disaster.”
            """)
        #expect(found.map(\.speaker) == ["the Tide Weekly"])
    }

    @Test func aCitationInTheNextSentenceIsNotTheSource() throws {
        let found = try QuoteFixture.direct("""
            ⟦Ana Ruiz|person⟧ said: “We are done here.” According to a survey, prices rose in the spring.
            """)
        #expect(found.map(\.speaker) == ["Ana Ruiz"])
    }

    @Test func fragmentInAReportedClauseIsTheReportersSubjects() throws {
        let found = try QuoteFixture.direct("""
            ⟦Omar Haddad|person⟧ said that ⟦Nadia Sol|person⟧ will offer “a fresh start” to the harbor towns.
            """)
        #expect(found.map(\.speaker) == ["Omar Haddad"])
    }

    @Test func progressiveReadAsPassiveKeepsItsSubject() throws {
        let found = try QuoteFixture.direct("""
            ⟦Ana Ruiz|person⟧, for her part, is labeling the harbor plan “a blatant abuse of power.”
            """)
        #expect(found.map(\.speaker) == ["Ana Ruiz"])
    }

    @Test func fullQuotationAfterTheInnerCueStaysWithIt() throws {
        let found = try QuoteFixture.direct("""
            ⟦Omar Haddad|person⟧ said that ⟦Nadia Sol|person⟧ told him: “We will rebuild the pier.”
            """)
        #expect(found.map(\.speaker) == ["Nadia Sol"])
    }
}
