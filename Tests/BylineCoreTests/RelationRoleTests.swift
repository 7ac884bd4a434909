import Testing

/// Titles with their organization or country, roles the gazetteer lacks, and where organizations are
/// (invented sentences).
@Suite struct RelationRoleTests {
    @Test func possessiveOwnerAndNounModifier() throws {
        let found = try RelationFixture.relations("⟦Spain|place⟧’s economy minister, ⟦Ana Ruiz|person⟧, spoke first.")
        #expect(found == ["Ana Ruiz title Spain [economy minister]"])
    }

    @Test func ownerAfterTheName() throws {
        let found = try RelationFixture.relations("Senator ⟦Jon Vik|person⟧ of ⟦Kansas|place⟧ agreed.")
        #expect(found == ["Jon Vik title Kansas [Senator]"])
    }

    @Test func demonymAfterAModifier() throws {
        let found = try RelationFixture.relations("""
            ⟦Ana Ruiz|person⟧, a former ⟦Ugandan|group⟧ trade minister, disagreed. Rain fell in ⟦Uganda|place⟧.
            """)
        #expect(found == ["Ana Ruiz title Uganda [former Ugandan trade minister]"])
    }

    @Test func roleNounAtADescribedOrganization() throws {
        let found = try RelationFixture.relations("""
            ⟦Ana Ruiz|person⟧, a partner at the ⟦Lyon|place⟧ brokerage ⟦Morel Frères|organization⟧, disagreed. \
            ⟦Jon Vik|person⟧, a political analyst at the Oslo-based ⟦Nordic Policy Institute|organization⟧, agreed.
            """)
        #expect(found.contains("Ana Ruiz title Morel Frères [partner]"))
        #expect(found.contains("Morel Frères located_in Lyon"))
        #expect(found.contains("Jon Vik title Nordic Policy Institute [political analyst]"))
    }

    @Test func roleNounsNeedAnArticleOrOwner() throws {
        let found = try RelationFixture.relations("""
            The offer values ⟦Ana Ruiz|person⟧ at a premium. ⟦Jon Vik|person⟧ was at fault.
            """)
        #expect(found.isEmpty)
    }

    @Test func organizationWordsAreNoRoles() throws {
        let found = try RelationFixture.relations("⟦Kessel Minerals|person⟧, a collapsed mining company, filed for bankruptcy.")
        #expect(found.isEmpty)
    }

    @Test func whereOrganizationsAre() throws {
        let found = try RelationFixture.relations("""
            Traders in ⟦Lima|place⟧ were calm. ⟦Andes Cobre|organization⟧, a Lima-based company that is part of \
            the conglomerate ⟦Grupo Soto|organization⟧, fell. The \
            ⟦Border Coalition|organization⟧, an advocacy group based in ⟦Denver|place⟧, spent more. Shares of \
            ⟦Hanse Privatbank|organization⟧ in ⟦Vienna|place⟧ rose.
            """)
        #expect(found.contains("Andes Cobre located_in Lima"))
        #expect(found.contains("Andes Cobre part_of Grupo Soto"))
        #expect(found.contains("Border Coalition located_in Denver"))
        #expect(found.contains("Hanse Privatbank located_in Vienna"))
    }
}

/// Roles set off before a name, owners the article does not name, and a person's possessive.
@Suite struct RelationSetOffRoleTests {
    @Test func roleSetOffBeforeANameInApposition() throws {
        let found = try RelationFixture.relations("""
            ⟦Jon Vik|person⟧ criticized the referee, ⟦Ana Ruiz|person⟧, after the match. He blamed the equaliser, \
            ⟦Sam Ito|person⟧ said.
            """)
        #expect(found.contains("Ana Ruiz title [referee]"))
        #expect(!found.contains { $0.hasPrefix("Sam Ito title") })
    }

    @Test func unnamedOwnerAndPersonsPossessive() throws {
        let found = try RelationFixture.relations("""
            “No,” said ⟦Ana Ruiz|person⟧, the council’s secretary. ⟦Jon Vik|person⟧’s lawyer, ⟦Sam Ito|person⟧, \
            said he would appeal.
            """)
        #expect(found.contains("Ana Ruiz title [secretary]"))
        #expect(found.contains("Sam Ito title [lawyer]"))
    }

    @Test func memberOfParliamentKeepsItsComplement() throws {
        let found = try RelationFixture.relations("⟦Ana Ruiz|person⟧, a member of parliament for ⟦Leeds|place⟧, agreed.")
        #expect(found.contains("Ana Ruiz title [member of parliament]"))
    }
}
