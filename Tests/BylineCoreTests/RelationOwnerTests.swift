import Testing

/// Relations that need what the sentence leaves unnamed or the parser misses: "its"/"the centre’s" owners,
/// stance nouns ("her challenger", "a close ally of"), outlets after "told", and guards against a name
/// ending a subordinate clause or a place describing a thing.
@Suite struct RelationOwnerTests {
    @Test func itsAndANominalOwnerStandForTheOrganizationNamedJustBefore() throws {
        let found = try RelationFixture.relations("""
            The ⟦Harbour Fisheries Centre|organization⟧ opened on ⟦Monday|date⟧. Its director, ⟦Ann Bell|person⟧, \
            spoke first. The ⟦Harbour Fisheries Centre|organization⟧ closed at noon. The centre’s spokesman, \
            ⟦Karl Moe|person⟧, said why.
            """)
        #expect(found.contains("Ann Bell title Harbour Fisheries Centre [director]"))
        #expect(found.contains("Karl Moe title Harbour Fisheries Centre [spokesman]"))
    }

    @Test func anOwnerNamedTwoSentencesBackIsTooFar() throws {
        let found = try RelationFixture.relations("""
            The ⟦Harbour Fisheries Centre|organization⟧ opened. It rained all day. Nobody came. Its director, \
            ⟦Ann Bell|person⟧, spoke.
            """)
        #expect(found == ["Ann Bell title [director]"])
    }

    @Test func outletsAfterTold() throws {
        let found = try RelationFixture.relations("""
            ⟦Ann Bell|person⟧ told ⟦Reuters|organization⟧ she was confident. ⟦Karl Moe|person⟧ told the \
            ⟦Bergen|place⟧ daily ⟦Vestposten|organization⟧ that he would stay.
            """)
        #expect(found.contains("Ann Bell told Reuters"))
        #expect(found.contains("Karl Moe told Vestposten"))
        #expect(found.contains("Vestposten located_in Bergen"))
    }

    @Test func stanceNouns() throws {
        let found = try RelationFixture.relations("""
            ⟦Ann Bell|person⟧ leads the poll. Her challenger, ⟦Karl Moe|person⟧, is a ⟦Democrat|group⟧. \
            ⟦Lia Park|person⟧, a close ally of ⟦Karl Moe|person⟧, spoke.
            """)
        #expect(found.contains("Karl Moe opposes Ann Bell"))
        #expect(found.contains("Karl Moe member_of Democrat"))
        #expect(found.contains("Lia Park supports Karl Moe"))
    }

    @Test func aPassiveStanceAfterAPronounSubject() throws {
        let found = try RelationFixture.relations("""
            ⟦Ann Bell|person⟧ won, days after she was backed by ⟦Karl Moe|person⟧ and the ⟦Farm Bureau|organization⟧.
            """)
        #expect(found.contains("Karl Moe supports Ann Bell"))
        #expect(found.contains("Farm Bureau supports Ann Bell"))
    }

    @Test func aHeadingModifierIsTheRole() throws {
        let found = try RelationFixture.relations("""
            ⟦Lia Park|person⟧, the former chief of the ⟦Water Board|organization⟧, said nothing.
            """)
        #expect(found == ["Lia Park title Water Board [former chief]"])
    }

    @Test func noRoleAfterANameEndingASubordinateClause() throws {
        let found = try RelationFixture.relations("If ⟦Ann Bell|person⟧ backs ⟦Karl Moe|person⟧, the race changes.")
        #expect(found.isEmpty)
    }

    @Test func aPlaceDescribingAThingIsNoStanceObject() throws {
        let found = try RelationFixture.relations("⟦Ann Bell|person⟧ praised the ⟦Oslo|place⟧ team for its work.")
        #expect(found.isEmpty)
    }

    @Test func partOfInASecondRelativeClause() throws {
        let found = try RelationFixture.relations("""
            ⟦Ridgefield Mining|organization⟧, which is based in ⟦Perth|place⟧ and is part of the \
            ⟦Koala Resources|organization⟧ group, declined to comment.
            """)
        #expect(found.contains("Ridgefield Mining located_in Perth"))
        #expect(found.contains("Ridgefield Mining part_of Koala Resources"))
    }

    @Test func namesOverruleAMistypedEntity() throws {
        // A person typed as a place and a bank typed as a person still take part as what their names say.
        let found = try RelationFixture.relations("""
            Shares fell in ⟦Frankfurt|place⟧. ⟦Kessler Bank|person⟧, the Frankfurt-based lender, hired \
            ⟦Maria Keller|place⟧, a former \
            analyst at the ⟦Lyon Savings Bank|place⟧.
            """)
        #expect(found.contains("Kessler Bank located_in Frankfurt"))
        #expect(found.contains("Maria Keller title Lyon Savings Bank [former analyst]"))
    }
}
