import Testing

/// `part_of`, `located_in`, `works_for`, `member_of` and `author`.
@Suite struct RelationLinkTests {
    @Test func possessiveOrganizationsArePartOf() throws {
        let found = try RelationFixture.relations("She ran the ⟦Ruritanian Agency|organization⟧’s ⟦Field Service|organization⟧.")
        #expect(found == ["Field Service part_of Ruritanian Agency"])
    }

    @Test func possessiveBeforeADealIsNoPart() throws {
        let found = try RelationFixture.relations("⟦Macrosoft|organization⟧’s ⟦OpenLab|organization⟧ stake grew.")
        #expect(found.isEmpty)
    }

    @Test func partOfPhrase() throws {
        let found = try RelationFixture.relations("⟦Field Service|organization⟧ is part of the ⟦Ruritanian Agency|organization⟧.")
        #expect(found == ["Field Service part_of Ruritanian Agency"])
    }

    @Test func placesInPlaces() throws {
        let found = try RelationFixture.relations("""
            Jets hit ⟦Syria|place⟧’s ⟦Shayrat Air Base|place⟧. Fighting spread to ⟦Aleppo|place⟧, ⟦Syria|place⟧. \
            ⟦Acme|organization⟧ is based in ⟦Lyon|place⟧.
            """)
        #expect(found == ["Shayrat Air Base located_in Syria", "Aleppo located_in Syria", "Acme located_in Lyon"])
    }

    @Test func countryPossessivesAreNotLocations() throws {
        let found = try RelationFixture.relations("It hurt ⟦Russia|place⟧’s ⟦Ukraine|place⟧ policy.")
        #expect(found.isEmpty)
    }

    @Test func worksForAndMemberOf() throws {
        let found = try RelationFixture.relations("""
            ⟦Ann Bell|person⟧ works for ⟦Acme|organization⟧. ⟦Karl Moe|person⟧ is a member of ⟦Greenpeace|organization⟧. \
            ⟦Montenegro|place⟧ joined ⟦NATO|organization⟧ in 2017.
            """)
        #expect(found == ["Ann Bell works_for Acme", "Karl Moe member_of Greenpeace", "Montenegro member_of North Atlantic Treaty Organization"])
    }

    @Test func negatedAffiliationsGiveNothing() throws {
        let found = try RelationFixture.relations("""
            ⟦Ann Bell|person⟧ no longer works for ⟦Acme|organization⟧. ⟦Karl Moe|person⟧ is not a member of \
            ⟦Greenpeace|organization⟧.
            """)
        #expect(found.isEmpty)
    }

    @Test func bylineAtTheTop() throws {
        let (lines, byline) = try RelationFixture.analyze("""
            By ⟦Pam Doe|person⟧ and ⟦Jo Ray|person⟧

            Prices rose again on Monday.
            """)
        #expect(lines == ["Pam Doe author", "Jo Ray author"])
        #expect(byline == ["Pam Doe", "Jo Ray"])
    }

    @Test func closingLinesNameTheAuthors() throws {
        let (lines, byline) = try RelationFixture.analyze("""
            Prices rose again on Monday.

            ⟦Pam Doe|person⟧ is managing editor ⟦The Ledger|organization⟧, and ⟦Jo Ray|person⟧ (@joray) is a reporter.
            """)
        #expect(byline == ["Pam Doe", "Jo Ray"])
        #expect(lines.contains("Pam Doe title The Ledger [managing editor]"))
        #expect(lines.contains("Jo Ray title [reporter]"))
    }

    @Test func wireCreditsNameTheReportersOnly() throws {
        let (_, byline) = try RelationFixture.analyze("""
            Prices rose again on Monday.

            Reporting by ⟦Pam Doe|person⟧ and ⟦Jo Ray|person⟧; Editing by ⟦Lee Fox|person⟧
            """)
        #expect(byline == ["Pam Doe", "Jo Ray"])
    }

    @Test func cityInAState() throws {
        let found = try RelationFixture.relations("Agents visited ⟦Charlotte|place⟧, ⟦North Carolina|place⟧, last week.")
        #expect(found == ["Charlotte located_in North Carolina"])
    }

    @Test func aReporterQuotedInTheMiddleIsNoAuthor() throws {
        let (_, byline) = try RelationFixture.analyze("""
            ⟦Pam Doe|person⟧ is a reporter who saw it.

            Prices rose again on Monday. Shops closed early. Markets fell. Banks shut. Nobody came.
            """)
        #expect(byline.isEmpty)
    }
}
