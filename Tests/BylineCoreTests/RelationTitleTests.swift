import Testing

/// `title`: titles before names, appositions in both orders, copulas, modifiers, negation and claims.
@Suite struct RelationTitleTests {
    @Test func titleBeforeNameWithDemonymGivesThePlace() throws {
        let found = try RelationFixture.relations("""
            ⟦French|group⟧ President ⟦Ann Bell|person⟧ spoke. Tourists love ⟦France|place⟧.
            """)
        #expect(found == ["Ann Bell title France [President]"])
    }

    @Test func organizationBeforeTitle() throws {
        let found = try RelationFixture.relations("⟦NATO|organization⟧ Secretary General ⟦Karl Moe|person⟧ arrived.")
        #expect(found == ["Karl Moe title North Atlantic Treaty Organization [Secretary General]"])
    }

    @Test func titleWithComplementBeforeCommaAndName() throws {
        let found = try RelationFixture.relations("⟦U.S.|place⟧ Ambassador to the ⟦UN|organization⟧, ⟦Lia Park|person⟧ left early.")
        #expect(found == ["Lia Park title United Nations [Ambassador]"])
    }

    @Test func appositionTitleFirst() throws {
        let found = try RelationFixture.relations("The foreign minister, ⟦Jane Doe|person⟧, arrived on Monday.")
        #expect(found == ["Jane Doe title [foreign minister]"])
    }

    @Test func appositionNameFirstKeepsFormerAndFollowsPossessives() throws {
        let found = try RelationFixture.relations("""
            ⟦John Roe|person⟧, a former director of the ⟦Ruritanian Agency|organization⟧’s ⟦Field Service|organization⟧, \
            spoke on Monday.
            """)
        #expect(found == ["John Roe title Field Service [former director]", "Field Service part_of Ruritanian Agency"])
    }

    @Test func actingIsKept() throws {
        let found = try RelationFixture.relations("Acting Governor ⟦Ben Ode|person⟧ resigned.")
        #expect(found == ["Ben Ode title [Acting Governor]"])
    }

    @Test func modifierWordThatStartsATitle() throws {
        let found = try RelationFixture.relations("The bank’s chief executive, ⟦Ben Ode|person⟧, resigned.")
        #expect(found == ["Ben Ode title [chief executive]"])
    }

    @Test func copulas() throws {
        let found = try RelationFixture.relations("""
            ⟦Dana Cole|person⟧ is managing editor of ⟦The Daily Ledger|organization⟧. ⟦Sam Ito|person⟧ is a reporter.
            """)
        #expect(found.contains("Dana Cole title The Daily Ledger [managing editor]"))
        #expect(found.contains("Sam Ito title [reporter]"))
    }

    @Test func negatedCopulaGivesNothing() throws {
        let found = try RelationFixture.relations("⟦Dana Cole|person⟧ is not a reporter, and never was a director.")
        #expect(found.isEmpty)
    }

    @Test func lowercaseCommonWordsAreNoTitles() throws {
        let found = try RelationFixture.relations("It was a major ⟦Ann Bell|person⟧ moment.")
        #expect(found.isEmpty)
    }

    @Test func titleReferenceGoesToThePersonJustNamed() throws {
        let found = try RelationFixture.relations("⟦Ann Bell|person⟧ took office in May. Since then the President has travelled.")
        #expect(found == ["Ann Bell title [President]"])
    }

    @Test func unnamedComplementAndDemonymWithoutPlace() throws {
        let found = try RelationFixture.relations("""
            ⟦Ben Ode|person⟧, a spokesman for the ⟦Polish|group⟧ government, left. ⟦Ada Lis|person⟧, the ⟦Polish|group⟧ \
            prime minister, stayed.
            """)
        #expect(found == ["Ben Ode title [spokesman]", "Ada Lis title [prime minister]"])
    }

    @Test func titleInReportedSpeechIsTheWritersWording() throws {
        let found = try RelationFixture.relations("""
            ⟦Ben Ode|person⟧ said the leaders held talks with ⟦NATO|organization⟧ Secretary General ⟦Karl Moe|person⟧.
            """)
        #expect(found == ["Karl Moe title North Atlantic Treaty Organization [Secretary General]"])
    }

    @Test func titleReferenceGoesToTheHolderNamedLast() throws {
        let found = try RelationFixture.relations("""
            President ⟦Ann Bell|person⟧ flew in. She will meet Premier ⟦Karl Moe|person⟧. The President said little. \
            Later, President ⟦Lia Park|person⟧ spoke.
            """)
        #expect(found == ["Ann Bell title [President]", "Karl Moe title [Premier]", "Lia Park title [President]"])
    }

    @Test func titleInsideAQuotationIsTheSpeakersClaim() throws {
        let found = try RelationFixture.relations("""
            “⟦Omar Haddad|person⟧, a former director of the ⟦Central Bank|organization⟧, knows nothing,” ⟦Nadia Sol|person⟧ said.
            """)
        #expect(found == ["Omar Haddad title Central Bank [former director] (claim of Nadia Sol)"])
    }
}
