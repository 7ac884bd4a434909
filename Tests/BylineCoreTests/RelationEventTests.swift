import Testing

/// `met` and `told`: verbs, nominalizations, fronted phrases, negation, hedging and claims.
@Suite struct RelationEventTests {
    @Test func metWithAndWithoutWith() throws {
        let found = try RelationFixture.relations("""
            ⟦Ann Bell|person⟧ met ⟦Karl Moe|person⟧ in ⟦Oslo|place⟧. ⟦Lia Park|person⟧ met with ⟦Sam Ito|person⟧.
            """)
        #expect(found == ["Ann Bell met Karl Moe", "Lia Park met Sam Ito"])
    }

    @Test func participleAfterAPlaceAndCoordinatedObjects() throws {
        let found = try RelationFixture.relations("""
            Secretary of State, ⟦Rob Dane|person⟧, was in ⟦Oslo|place⟧ meeting with ⟦Norwegian|group⟧ Prime Minister \
            ⟦Ola Berg|person⟧ and Foreign Minister ⟦Kari Lund|person⟧.
            """)
        #expect(found.contains("Rob Dane met Ola Berg"))
        #expect(found.contains("Rob Dane met Kari Lund"))
        #expect(!found.contains { $0.hasPrefix("Rob Dane met Oslo") })
    }

    @Test func frontedMeetingTakesTheMainSubject() throws {
        let found = try RelationFixture.relations("""
            Following a meeting with ⟦NATO|organization⟧ Secretary General ⟦Karl Moe|person⟧, ⟦Ann Bell|person⟧ said little.
            """)
        #expect(found.contains("Ann Bell met Karl Moe"))
        #expect(!found.contains { $0.contains("met NATO") || $0.hasPrefix("Karl Moe met") })
    }

    @Test func reciprocalMeeting() throws {
        let found = try RelationFixture.relations("""
            Chancellor ⟦Ann Bell|person⟧ and ⟦French|group⟧ President ⟦Karl Moe|person⟧ met in ⟦Paris|place⟧ on Friday. \
            ⟦Lia Park|person⟧ and ⟦Sam Ito|person⟧ did not meet.
            """)
        #expect(found == ["Ann Bell title [Chancellor]", "Karl Moe title [President]", "Ann Bell met Karl Moe"])
    }

    @Test func heldTalksWith() throws {
        let found = try RelationFixture.relations("⟦Ann Bell|person⟧ held talks with ⟦Karl Moe|person⟧ on Friday.")
        #expect(found == ["Ann Bell met Karl Moe"])
    }

    @Test func negatedAndHedgedMeetingsGiveNothing() throws {
        let found = try RelationFixture.relations("""
            ⟦Ann Bell|person⟧ did not meet ⟦Karl Moe|person⟧. ⟦Lia Park|person⟧ denied meeting ⟦Sam Ito|person⟧. \
            ⟦Ann Bell|person⟧ will meet ⟦Sam Ito|person⟧ next week. A planned meeting with ⟦Karl Moe|person⟧, \
            ⟦Lia Park|person⟧ said, was off.
            """)
        #expect(found.isEmpty)
    }

    @Test func meetingInsideAQuotationIsAClaim() throws {
        let found = try RelationFixture.relations("“⟦Ann Bell|person⟧ met ⟦Karl Moe|person⟧ in secret,” ⟦Lia Park|person⟧ said.")
        #expect(found == ["Ann Bell met Karl Moe (claim of Lia Park)"])
    }

    @Test func toldComesFromTheQuotesAddressee() throws {
        let found = try RelationFixture.relations("“We will win,” ⟦Ann Bell|person⟧ told ⟦The Daily Ledger|organization⟧.")
        #expect(found == ["Ann Bell told The Daily Ledger"])
    }

    @Test func toldWithoutAnEntityAddresseeGivesNothing() throws {
        let found = try RelationFixture.relations("“We will win,” ⟦Ann Bell|person⟧ told reporters.")
        #expect(found.isEmpty)
    }
}
