import BylineCore
import Testing

/// Pronoun resolution: gender, number, binding, and the cases where no link is safer.
@Suite struct PronounTests {
    @Test func genderFromFirstNamesPicksThePerson() throws {
        let entities = try LinkerFixture.link("⟦Michael Grant|person⟧ met ⟦Laura Kim|person⟧. She said he was late.")
        #expect(LinkerFixture.entity("Laura Kim", in: entities)?.mentions == ["Laura Kim/name", "She/pronoun"])
        #expect(LinkerFixture.entity("Michael Grant", in: entities)?.mentions == ["Michael Grant/name", "he/pronoun"])
    }

    @Test func honorificsGiveTheGender() throws {
        let entities = try LinkerFixture.link("Mrs. ⟦Okonjo|person⟧ met Mr. ⟦Tanaka|person⟧. He thanked her.")
        #expect(LinkerFixture.entity("Tanaka", in: entities)?.mentions == ["Tanaka/name", "He/pronoun"])
        #expect(LinkerFixture.entity("Okonjo", in: entities)?.mentions == ["Okonjo/name", "her/pronoun"])
    }

    @Test func theSubjectOfThePreviousSentenceIsPreferred() throws {
        let entities = try LinkerFixture.link("⟦James Hill|person⟧ called ⟦Robert Stone|person⟧ on Monday. He wanted an answer.")
        #expect(LinkerFixture.entity("James Hill", in: entities)?.mentions.contains("He/pronoun") == true)
        #expect(LinkerFixture.entity("Robert Stone", in: entities)?.mentions.contains("He/pronoun") == false)
    }

    @Test func anObjectPronounIsNotTheSubjectOfItsClause() throws {
        let entities = try LinkerFixture.link("⟦David Cole|person⟧ arrived. ⟦Peter Wu|person⟧ met him.")
        #expect(LinkerFixture.entity("David Cole", in: entities)?.mentions == ["David Cole/name", "him/pronoun"])
        #expect(LinkerFixture.entity("Peter Wu", in: entities)?.mentions == ["Peter Wu/name"])
    }

    @Test func aReflexiveIsItsClausesSubject() throws {
        let entities = try LinkerFixture.link("⟦Mark Evans|person⟧ spoke. ⟦Paul Reed|person⟧ blamed himself.")
        #expect(LinkerFixture.entity("Paul Reed", in: entities)?.mentions == ["Paul Reed/name", "himself/pronoun"])
    }

    @Test func theArticlesOwnPronounsFixAnUnknownGender() throws {
        let entities = try LinkerFixture.link("""
            ⟦Zhao|person⟧ met ⟦Okoro|person⟧. ⟦Okoro|person⟧ said she was pleased. Later she left, and ⟦Zhao|person⟧ said he stayed.
            """)
        #expect(LinkerFixture.entity("Okoro", in: entities)?.mentions == ["Okoro/name", "Okoro/name", "she/pronoun", "she/pronoun"])
        #expect(LinkerFixture.entity("Zhao", in: entities)?.mentions == ["Zhao/name", "Zhao/name", "he/pronoun"])
    }

    @Test func noCompatiblePersonMeansNoLink() throws {
        let entities = try LinkerFixture.link("⟦Linda Moss|person⟧ spoke. He disagreed.")
        #expect(entities.first?.mentions == ["Linda Moss/name"])
    }

    @Test func aCommonNounPersonInBetweenBlocksTheLink() throws {
        let entities = try LinkerFixture.link("⟦Anna Berg|person⟧ spoke. A spokesman said he disagreed.")
        let anna = LinkerFixture.entity("Anna Berg", in: entities)
        #expect(anna?.mentions == ["Anna Berg/name"])
        let before = try LinkerFixture.link("⟦Mark Berg|person⟧ spoke. A spokesman for the firm said he disagreed.")
        #expect(LinkerFixture.entity("Mark Berg", in: before)?.mentions == ["Mark Berg/name"])
    }

    @Test func theyGoesToAnOrganizationButNotPastAPluralNoun() throws {
        let linked = try LinkerFixture.link("⟦Norvik Bank|organization⟧ cut rates. They expect growth.")
        #expect(linked.first?.mentions == ["Norvik Bank/name", "They/pronoun"])
        let blocked = try LinkerFixture.link("⟦Norvik Bank|organization⟧ cut rates. Many economists said they expect growth.")
        #expect(blocked.first?.mentions == ["Norvik Bank/name"])
    }

    @Test func pronounsFarAwayAreNotLinked() throws {
        let entities = try LinkerFixture.link("⟦Karen Bell|person⟧ spoke. It rained. It snowed. It cleared. She left.")
        #expect(entities.first?.mentions == ["Karen Bell/name"])
    }

    @Test func firstAndSecondPersonPronounsAreLeftAlone() throws {
        let entities = try LinkerFixture.link("⟦Karen Bell|person⟧ said, “I think we and you agree.”")
        #expect(entities.first?.mentions == ["Karen Bell/name"])
    }
}
