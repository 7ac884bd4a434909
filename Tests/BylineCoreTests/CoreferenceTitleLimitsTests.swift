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

extension CoreferenceTitleLimitsTests {
    @Test func aTitleFarFromItsHoldersLastMentionIsNoMention() throws {
        let entities = try LinkerFixture.link("""
            Mayor ⟦Rosa Vega|person⟧ opened the fair. It rained. Crowds came. Stalls sold food. Bands played. \
            Children danced. Then the mayor left.
            """)
        #expect(LinkerFixture.entity("Rosa Vega", in: entities)?.mentions == ["Rosa Vega/name"])
        let near = try LinkerFixture.link("Mayor ⟦Rosa Vega|person⟧ opened the fair. It rained. Then the mayor left.")
        #expect(LinkerFixture.entity("Rosa Vega", in: near)?.mentions == ["Rosa Vega/name", "the mayor/title"])
    }
}
