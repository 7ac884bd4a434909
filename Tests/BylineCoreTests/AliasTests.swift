import BylineCore
import Testing

/// Alias resolution: short names, acronyms, place aliases, possessives and kinds.
@Suite struct AliasTests {
    @Test func aSurnameJoinsTheFullName() throws {
        let entities = try LinkerFixture.link("⟦Angela Merkel|person⟧ arrived. ⟦Merkel|person⟧ spoke. ⟦Merkel|organization⟧ left.")
        #expect(entities.count == 1)
        #expect(entities.first?.name == "Angela Merkel")
        #expect(entities.first?.kind == .person)
        #expect(entities.first?.mentions == ["Angela Merkel/name", "Merkel/name", "Merkel/name"])
    }

    @Test func aSurnameBeforeTheFullNameStillJoinsIt() throws {
        let entities = try LinkerFixture.link("⟦Okafor|person⟧ wins. ⟦Grace Okafor|person⟧ won the vote on Sunday.")
        #expect(entities.map(\.name) == ["Grace Okafor"])
    }

    @Test func aSharedSurnameGoesToTheMostRecentPerson() throws {
        let entities = try LinkerFixture.link("""
            ⟦John Smith|person⟧ met ⟦Jane Smith|person⟧. ⟦Smith|person⟧ spoke first. \
            Later ⟦John Smith|person⟧ left, and ⟦Smith|person⟧ went home.
            """)
        #expect(entities.count == 2)
        #expect(LinkerFixture.entity("John Smith", in: entities)?.mentions.filter { $0.hasSuffix("/name") }
            == ["John Smith/name", "John Smith/name", "Smith/name"])
        #expect(LinkerFixture.entity("Jane Smith", in: entities)?.mentions.filter { $0.hasSuffix("/name") }
            == ["Jane Smith/name", "Smith/name"])
    }

    @Test func aFirstNameAloneJoinsTheFullName() throws {
        let entities = try LinkerFixture.link("⟦Priya Natarajan|person⟧ smiled. ⟦Priya|person⟧ had won.")
        #expect(entities.map(\.name) == ["Priya Natarajan"])
    }

    @Test func aFullerNameJoinsAShorterOne() throws {
        let entities = try LinkerFixture.link("⟦Maria Lopez|person⟧ said so. ⟦Maria Elena Lopez|person⟧ is 40.")
        #expect(entities.map(\.name) == ["Maria Elena Lopez"])
        #expect(entities.first?.mentions.count == 2)
    }

    @Test func acronymsJoinTheirExpansions() throws {
        let entities = try LinkerFixture.link("""
            The ⟦Federal Bureau of Investigation|organization⟧ said the ⟦FBI|organization⟧ would act. \
            The ⟦United Nations|organization⟧ and the ⟦UN|organization⟧ envoy agreed; ⟦NATO|organization⟧ did not.
            """)
        #expect(LinkerFixture.entity("Federal Bureau of Investigation", in: entities)?.mentions.count == 2)
        #expect(LinkerFixture.entity("United Nations", in: entities)?.mentions.count == 2)
        #expect(LinkerFixture.entity("North Atlantic Treaty Organization", in: entities)?.mentions == ["NATO/name"])
    }

    @Test func anAcronymInParenthesesJoinsTheNameBeforeIt() throws {
        let entities = try LinkerFixture.link("""
            The ⟦Kestrel Valley Water Authority|organization⟧ (⟦KVWA|organization⟧) raised prices. ⟦KVWA|organization⟧ says so.
            """)
        #expect(entities.count == 1)
        #expect(entities.first?.mentions.count == 3)
    }

    @Test func placeAliasesAreOnePlace() throws {
        let entities = try LinkerFixture.link("""
            The ⟦U.S.|place⟧ and ⟦Britain|place⟧ agreed. ⟦America|place⟧ and the ⟦United Kingdom|place⟧ signed; ⟦UK|place⟧ officials cheered.
            """)
        #expect(entities.map(\.name) == ["United States", "United Kingdom"])
        #expect(entities.map { $0.mentions.count } == [2, 3])
    }

    @Test func possessivesNeverMakeNewEntities() throws {
        let entities = try LinkerFixture.link("⟦Ines Duarte|person⟧ spoke. ⟦Duarte’s|person⟧ plan and ⟦Ines Duarte's|person⟧ team won.")
        #expect(entities.count == 1)
        #expect(entities.first?.mentions == ["Ines Duarte/name", "Duarte/name", "Ines Duarte/name"])
    }

    @Test func kindsAreReconciledByMajority() throws {
        let entities = try LinkerFixture.link("⟦Zentrix|organization⟧ grew. ⟦Zentrix|organization⟧ hired. ⟦Zentrix|place⟧ fell.")
        #expect(entities.count == 1)
        #expect(entities.first?.kind == .organization)
    }

    @Test func aPlaceNamedLikeAPersonStaysAPlace() throws {
        let entities = try LinkerFixture.link("⟦George Washington|person⟧ is a statue in ⟦Washington|place⟧.")
        #expect(entities.count == 2)
        #expect(entities.map(\.kind) == [.person, .place])
    }
}
