import BylineCore
import Testing

/// Titles given only later, or to someone already named in the same sentence, are not linked.
@Suite struct CoreferenceTitleLimitsTests {
    @Test func aTitleBeforeItIsGivenIsNoMention() throws {
        let entities = try LinkerFixture.link("The President spoke. Later President ⟦Ana Silva|person⟧ arrived.")
        #expect(LinkerFixture.entity("Ana Silva", in: entities)?.mentions == ["Ana Silva/name"])
    }

    @Test func aTitleDoesNotRepeatAPersonOfTheSameSentence() throws {
        let entities = try LinkerFixture.link("""
            Governor ⟦Tom Reyes|person⟧ arrived. ⟦Reyes|person⟧ hoped the governor would win again.
            """)
        #expect(LinkerFixture.entity("Tom Reyes", in: entities)?.mentions == ["Tom Reyes/name", "Reyes/name"])
    }

    @Test func theyInsideAQuotationIsLeftAlone() throws {
        let entities = try LinkerFixture.link("⟦Norvik Bank|organization⟧ said, “if they fail, we act.”")
        #expect(entities.first?.mentions == ["Norvik Bank/name"])
    }
}
