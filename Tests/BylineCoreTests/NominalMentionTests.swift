import BylineCore
import Testing

/// “the company”, “the ministry” and “it”/“its” linked to the organization they mean, and left alone
/// where that is doubtful.
@Suite struct NominalMentionTests {
    @Test func theCompanyIsTheCompanyNamedBefore() throws {
        let entities = try LinkerFixture.link("⟦Pellmore Mining Corp|organization⟧ cut jobs. The company said it would close a mine.")
        #expect(entities.first?.mentions == ["Pellmore Mining Corp/name", "The company/nominal", "it/pronoun"])
    }

    @Test func theNounMustFitTheName() throws {
        let entities = try LinkerFixture.link("""
            ⟦Norvik Bank|organization⟧ met the ⟦Ministry of Trade|organization⟧. The ministry said the bank had agreed.
            """)
        #expect(LinkerFixture.entity("Ministry of Trade", in: entities)?.mentions == ["Ministry of Trade/name", "The ministry/nominal"])
        #expect(LinkerFixture.entity("Norvik Bank", in: entities)?.mentions == ["Norvik Bank/name", "the bank/nominal"])
        let none = try LinkerFixture.link("⟦Norvik Bank|organization⟧ grew. The ministry was pleased.")
        #expect(none.first?.mentions == ["Norvik Bank/name"])
    }

    @Test func anAppositiveIsTheNamesOwn() throws {
        let entities = try LinkerFixture.link("⟦Velo Freight|organization⟧ grew. Rivals include ⟦Osk|organization⟧, the carrier, which fell.")
        #expect(LinkerFixture.entity("Osk", in: entities)?.mentions == ["Osk/name", "the carrier/nominal"])
        let unnamed = try LinkerFixture.link("⟦Velo Freight|organization⟧ grew. Rivals include Osk, the carrier, which fell.")
        #expect(unnamed.first?.mentions == ["Velo Freight/name"])
    }

    @Test func twoBareNamesInOneSentenceAreTooDoubtful() throws {
        let entities = try LinkerFixture.link("⟦Pellmore|organization⟧ and ⟦Osk|organization⟧ merged. The company will move.")
        #expect(entities.allSatisfy { $0.mentions.count == 1 })
    }

    @Test func anotherThingOfTheSameNounBlocksTheLink() throws {
        let entities = try LinkerFixture.link("⟦Pellmore|organization⟧ bought a rival company. The company will move.")
        #expect(entities.first?.mentions == ["Pellmore/name"])
    }

    @Test func theNounBeforeANameOrOfIsNoMention() throws {
        let entities = try LinkerFixture.link("⟦Pellmore|organization⟧ grew. The company ⟦Osk|organization⟧ shrank. The party of reform won.")
        #expect(LinkerFixture.entity("Pellmore", in: entities)?.mentions == ["Pellmore/name"])
    }

    @Test func farAwayNamesAreNotMeant() throws {
        let entities = try LinkerFixture.link("⟦Pellmore|organization⟧ grew. It rained. Rain fell. More rain. The company will move.")
        #expect(entities.first?.mentions == ["Pellmore/name"])
    }

    @Test func itIsAnOrganizationOnlyBeforeAReportingVerbOrAsItsOwner() throws {
        let entities = try LinkerFixture.link("⟦Pellmore|organization⟧ raised its forecast. It said demand was strong. It is early.")
        #expect(entities.first?.mentions == ["Pellmore/name", "its/pronoun", "It/pronoun"])
        let person = try LinkerFixture.link("⟦Ana Ruiz|person⟧ raised its price. It said nothing.")
        #expect(person.first?.mentions == ["Ana Ruiz/name"])
        let two = try LinkerFixture.link("⟦Pellmore|organization⟧ sued ⟦Osk|organization⟧. It said its rival lied.")
        #expect(two.allSatisfy { $0.mentions.count == 1 })
    }

    @Test func aNominalMentionMakesTheSpeaker() throws {
        let analysis = Analyzer.analyze(text: "Pellmore Mining Corp cut 300 jobs on Monday.\n\nThe company said it had no choice.",
                                        source: "test", models: try MentionFinderArticleTests.models.get())
        let quote = try #require(analysis.quotes.first)
        let speaker = try #require(analysis.entities.first { $0.id == quote.speaker })
        #expect(speaker.name == "Pellmore Mining Corp")
    }
}
