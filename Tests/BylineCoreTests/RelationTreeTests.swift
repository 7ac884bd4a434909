@testable import BylineCore
import Testing

/// Relations read from the dependency tree, and the statements that must give none (invented sentences).
@Suite struct RelationTreeTests {
    @Test func backedByTwoGivesTwoRelations() throws {
        let found = try RelationFixture.relations("""
            ⟦Ann Bell|person⟧ is backed by the ⟦Harbour Guild|organization⟧ and the ⟦Farmers League|organization⟧.
            """)
        #expect(found.contains("Harbour Guild supports Ann Bell"))
        #expect(found.contains("Farmers League supports Ann Bell"))
    }

    @Test func accusationWithANounSubjectInApposition() throws {
        let found = try RelationFixture.relations("""
            Its leader, ⟦Karl Moe|person⟧, accused ⟦Lia Park|person⟧ of lying to the council.
            """)
        #expect(found.contains("Karl Moe accuses Lia Park"))
    }

    @Test func blockedStatementsGiveNothing() throws {
        let found = try RelationFixture.relations("""
            ⟦Ann Bell|person⟧ did not endorse ⟦Karl Moe|person⟧. ⟦Lia Park|person⟧ may back ⟦Karl Moe|person⟧. \
            If ⟦Sam Ito|person⟧ supports ⟦Karl Moe|person⟧, the bill passes. Does ⟦Ann Bell|person⟧ support \
            ⟦Sam Ito|person⟧? ⟦Lia Park|person⟧ flew to ⟦Oslo|place⟧ to meet ⟦Sam Ito|person⟧. Asked whether \
            she would criticize ⟦Ann Bell|person⟧, ⟦Lia Park|person⟧ smiled.
            """)
        #expect(found.isEmpty)
    }

    @Test func backingWonFromSomeone() throws {
        let found = try RelationFixture.relations("""
            Last week ⟦Ann Bell|person⟧ won the backing of the ⟦Border Coalition|organization⟧.
            """)
        #expect(found == ["Border Coalition supports Ann Bell"])
    }

    @Test func interviewAndToldGiveTold() throws {
        let found = try RelationFixture.relations("""
            ⟦Ann Bell|person⟧ dismissed the poll in an interview with the ⟦Valley Ledger|organization⟧. \
            ⟦Karl Moe|person⟧ told ⟦Wirepost|organization⟧ that the deal was close.
            """)
        #expect(found.contains("Ann Bell told Valley Ledger"))
        #expect(found.contains("Karl Moe told Wirepost"))
    }

    @Test func votedAgainstSomeonesPlan() throws {
        let found = try RelationFixture.relations("⟦Bluefin Capital|organization⟧ voted against ⟦Ann Bell|person⟧’s plan.")
        #expect(found == ["Bluefin Capital opposes Ann Bell"])
    }

    @Test func workAndMembershipVerbs() throws {
        let found = try RelationFixture.relations("""
            ⟦Tom Reed|person⟧, who follows the sector for ⟦Coastal Securities|organization⟧, was calm. \
            ⟦Ann Bell|person⟧ played for ⟦Dundee Rovers|organization⟧ for a decade.
            """)
        #expect(found.contains("Tom Reed works_for Coastal Securities"))
        #expect(found.contains("Ann Bell member_of Dundee Rovers"))
    }

    @Test func leadingVerbsGiveTitles() throws {
        let found = try RelationFixture.relations("""
            ⟦Ana Ruiz|person⟧, who heads the ⟦Harbour Institute|organization⟧’s research unit, agreed. The opposition \
            ⟦Green Alliance|organization⟧, led by ⟦Jon Vik|person⟧, said nothing.
            """)
        #expect(found.contains("Ana Ruiz title Harbour Institute [head]"))
        #expect(found.contains("Jon Vik title Green Alliance [leader]"))
    }

    @Test func partyMembership() throws {
        let found = try RelationFixture.relations("""
            ⟦Karl Moe|person⟧, a ⟦Democrat|group⟧, voted early. ⟦Republican|group⟧ Senator ⟦Ann Bell|person⟧ did not.
            """)
        #expect(found.contains("Karl Moe member_of Democrat"))
        #expect(found.contains("Ann Bell member_of Republican"))
    }
}

/// Authors from credit lines: "By A and B" at the top and wire trailers.
@Suite struct RelationAuthorTests {
    @Test func byLineAndTrailerAuthors() throws {
        let (_, byline) = try RelationFixture.analyze("""
            Storm closes port

            By ⟦Ana Ruiz-Vega|person⟧ and ⟦Tomás Ibáñez|person⟧

            The port closed on Monday.

            Reporting by ⟦Jon Vik|person⟧ in ⟦Lima|place⟧; Editing by ⟦Sam Ito|person⟧
            """)
        #expect(byline == ["Ana Ruiz-Vega", "Tomás Ibáñez", "Jon Vik"])
    }
}

/// Each relation's confidence follows its kind (`RelationConfidence`).
@Suite struct RelationConfidenceTests {
    @Test func confidenceByKind() throws {
        let (text, mentions) = LinkerFixture.parse("""
            ⟦Ann Bell|person⟧ met ⟦Karl Moe|person⟧. The foreign minister, ⟦Lia Park|person⟧, arrived.
            """)
        let article = Article.parse(text)
        let gazetteer = try QuoteFixture.bundled.get()
        var document = Document(article)
        document.syntax = try RelationFixture.syntax.get().annotate(article)
        document.entities = EntityLinker.link(mentions, in: document, gazetteer: gazetteer)
        let relations = RelationExtractor.relations(in: document, gazetteer: gazetteer)
        #expect(relations.first { $0.predicate == .met }?.confidence == RelationConfidence.of(.met, hasObject: true))
        let title = try #require(relations.first { $0.predicate == .title })
        #expect(title.confidence == RelationConfidence.of(.title, hasObject: false))
        #expect(title.confidence < RelationConfidence.of(.title, hasObject: true))
    }
}

/// Work stated through a department of the employer.
@Suite struct RelationWorkTests {
    @Test func workedInSomeonesDepartment() throws {
        let found = try RelationFixture.relations("""
            ⟦Ana Ruiz|person⟧ worked in the ⟦Vesta Group|organization⟧’s legal department for a decade. \
            ⟦Jon Vik|person⟧ worked in ⟦Lima|place⟧.
            """)
        #expect(found == ["Ana Ruiz works_for Vesta Group"])
    }
}
