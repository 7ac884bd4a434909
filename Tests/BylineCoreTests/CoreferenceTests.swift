import BylineCore
import Testing

/// Title mentions and whole small articles: the entities and their mention forms.
@Suite struct CoreferenceTests {
    @Test func titlesReferToThePersonTheArticleGaveThem() throws {
        let entities = try LinkerFixture.link("""
            President ⟦Elena Varga|person⟧ met Foreign Minister ⟦Karl Brandt|person⟧ in ⟦Vienna|place⟧. \
            The President said the minister had been helpful. Later the foreign minister flew home.
            """)
        #expect(LinkerFixture.entity("Elena Varga", in: entities)?.mentions.contains("The President/title") == true)
        #expect(LinkerFixture.entity("Karl Brandt", in: entities)?.mentions.contains("the minister/title") == true)
        #expect(LinkerFixture.entity("Karl Brandt", in: entities)?.mentions.contains("the foreign minister/title") == true)
    }

    @Test func anAppositiveTitleCounts() throws {
        let entities = try LinkerFixture.link("""
            ⟦Omar Haddad|person⟧, the defense minister, spoke on ⟦Friday|date⟧. The minister said talks would go on.
            """)
        let omar = LinkerFixture.entity("Omar Haddad", in: entities)
        #expect(omar?.mentions == ["Omar Haddad/name", "the defense minister/title", "The minister/title"])
    }

    @Test func aTitleNobodyHoldsIsNoMention() throws {
        let entities = try LinkerFixture.link("⟦Lena Park|person⟧ spoke. The President was away.")
        #expect(entities.flatMap(\.mentions).allSatisfy { !$0.hasSuffix("/title") })
    }

    @Test func theVicePresidentIsNotThePresident() throws {
        let entities = try LinkerFixture.link("""
            Vice President ⟦Dana Cole|person⟧ arrived. The President was not there. The Vice President spoke.
            """)
        let dana = LinkerFixture.entity("Dana Cole", in: entities)
        #expect(dana?.mentions.contains("The President/title") == false)
        #expect(dana?.mentions.contains("The Vice President/title") == true)
    }

    @Test func aTitleWithAPlaceGoesToThatPlacesHolder() throws {
        let entities = try LinkerFixture.link("""
            Kenyan President ⟦Ivo Petrov|person⟧ met French President ⟦Claire Dubois|person⟧. \
            The Kenyan President thanked her.
            """)
        #expect(LinkerFixture.entity("Ivo Petrov", in: entities)?.mentions.contains("The Kenyan President/title") == true)
    }

    @Test func aSmallNewsArticle() throws {
        let entities = try LinkerFixture.link("""
            ⟦Paulo Mendes|person⟧, the chief executive of ⟦Lumen Energy|organization⟧, resigned on ⟦Tuesday|date⟧. \
            ⟦Mendes|person⟧ said he was proud of the company.

            ⟦Sarah Mendes|person⟧, his sister, runs ⟦Lumen|organization⟧'s foundation. ⟦Mendes|person⟧ said she would stay. \
            ⟦Lumen Energy|organization⟧ said they would name a successor soon.
            """)
        let paulo = LinkerFixture.entity("Paulo Mendes", in: entities)
        let sarah = LinkerFixture.entity("Sarah Mendes", in: entities)
        let lumen = LinkerFixture.entity("Lumen Energy", in: entities)
        #expect(paulo?.kind == .person)
        #expect(paulo?.mentions == ["Paulo Mendes/name", "Mendes/name", "he/pronoun", "his/pronoun"])
        #expect(sarah?.mentions == ["Sarah Mendes/name", "Mendes/name", "she/pronoun"])
        #expect(lumen?.kind == .organization)
        #expect(lumen?.mentions == ["Lumen Energy/name", "the company/nominal", "Lumen/name", "Lumen Energy/name", "they/pronoun"])
    }
}
