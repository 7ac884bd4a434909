import Testing

/// `supports`, `opposes`, `accuses`: verbs, relative clauses, passives, nominalizations, negation and claims.
@Suite struct RelationStanceTests {
    @Test func relativeClauseVerb() throws {
        let found = try RelationFixture.relations("""
            They blamed ⟦Ruritania|place⟧ – which supports President ⟦Ann Bell|person⟧ – for the attack.
            """)
        #expect(found.contains("Ruritania supports Ann Bell"))
        #expect(found.contains("Ann Bell title [President]"))
    }

    @Test func verbsOfEachStance() throws {
        let found = try RelationFixture.relations("""
            ⟦Ann Bell|person⟧ is backing ⟦Karl Moe|person⟧. ⟦Lia Park|person⟧ opposes ⟦Sam Ito|person⟧. \
            ⟦Sam Ito|person⟧ accused ⟦Lia Park|person⟧ of fraud.
            """)
        #expect(found == ["Ann Bell supports Karl Moe", "Lia Park opposes Sam Ito", "Sam Ito accuses Lia Park"])
    }

    @Test func subjectsAcrossDatesAndAppositions() throws {
        let found = try RelationFixture.relations("""
            Senator ⟦Ann Bell|person⟧ on ⟦Monday|date⟧ accused ⟦Acme|organization⟧ of fraud. ⟦Karl Moe|person⟧, a \
            ⟦Democrat|group⟧ from ⟦Ohio|place⟧, has criticized ⟦Acme|organization⟧.
            """)
        #expect(found == ["Ann Bell title [Senator]", "Ann Bell accuses Acme", "Karl Moe member_of Democrat", "Karl Moe opposes Acme"])
    }

    @Test func objectOfARelativeClauseIsNoSubject() throws {
        let found = try RelationFixture.relations("""
            ⟦Ann Bell|person⟧, who met ⟦Karl Moe|person⟧, supports ⟦Lia Park|person⟧. ⟦Sam Ito|person⟧ chose to side \
            with ⟦Lia Park|person⟧.
            """)
        #expect(found == ["Ann Bell met Karl Moe", "Ann Bell supports Lia Park", "Sam Ito supports Lia Park"])
    }

    @Test func passiveSwapsTheRoles() throws {
        let found = try RelationFixture.relations("⟦Karl Moe|person⟧ is backed by ⟦Ann Bell|person⟧.")
        #expect(found == ["Ann Bell supports Karl Moe"])
    }

    @Test func possessedNouns() throws {
        let found = try RelationFixture.relations("""
            Critics pointed to ⟦Ann Bell|person⟧’s support of ⟦Karl Moe|person⟧ and ⟦Lia Park|person⟧’s opposition to \
            ⟦Sam Ito|person⟧.
            """)
        #expect(found == ["Ann Bell supports Karl Moe", "Lia Park opposes Sam Ito"])
    }

    @Test func sideOnlyWithWith() throws {
        let found = try RelationFixture.relations("""
            ⟦Ann Bell|person⟧ sided with ⟦Karl Moe|person⟧. ⟦Lia Park|person⟧ sides ⟦Sam Ito|person⟧ on the pitch.
            """)
        #expect(found == ["Ann Bell supports Karl Moe"])
    }

    @Test func nounWithoutAnEntityObjectGivesNothing() throws {
        let found = try RelationFixture.relations("⟦Ruritania|place⟧ announced its support for rebels in the east.")
        #expect(found.isEmpty)
    }

    @Test func negatedStancesGiveNothing() throws {
        let found = try RelationFixture.relations("""
            ⟦Ann Bell|person⟧ denied supporting ⟦Karl Moe|person⟧. ⟦Lia Park|person⟧ does not oppose ⟦Sam Ito|person⟧. \
            ⟦Sam Ito|person⟧ never accused ⟦Ann Bell|person⟧ of anything.
            """)
        #expect(found.isEmpty)
    }

    @Test func stanceInsideAQuotationIsAClaim() throws {
        let found = try RelationFixture.relations("“⟦Ann Bell|person⟧ supports ⟦Karl Moe|person⟧,” ⟦Lia Park|person⟧ said.")
        #expect(found == ["Ann Bell supports Karl Moe (claim of Lia Park)"])
    }
}
