import BylineCore
import Testing

/// The fourteen failure cases of design/quotes.md, one test each, on invented examples.
@Suite struct QuoteFailureCaseTests {
    @Test func pronounSpeakersAreResolved() throws {
        let found = try QuoteFixture.direct("""
            ⟦Helen Marsh|person⟧ arrived in ⟦Oslo|place⟧ on Monday. “We expect a deal by Friday,” she said.
            """)
        #expect(found.map(\.speaker) == ["Helen Marsh"])
        #expect(found.first?.speakerMention == "she")
    }

    @Test func pronounStaysUnresolvedWhenTwoPeopleOfThatGenderCompete() throws {
        let found = try QuoteFixture.direct("""
            ⟦Daniel Okafor|person⟧ met ⟦Thomas Brandt|person⟧ at the summit. Then the talks began. \
            Reporters waited outside. “Nothing was agreed,” he said.
            """)
        #expect(found.count == 1)
        #expect(found.first?.speaker == nil)
    }

    @Test func titleOnlySpeakerIsTheEarlierNamedPerson() throws {
        let found = try QuoteFixture.direct("""
            ⟦Maria Esteves|person⟧ took office in March, and the President says the economy is “on the mend.”
            """)
        #expect(found.map(\.speaker) == ["Maria Esteves"])
        #expect(found.first?.cue == "says")
    }

    @Test func continuationKeepsTheSpeaker() throws {
        let found = try QuoteFixture.speakers("""
            ⟦Claire Dubois|person⟧ told reporters, “The vote is close,” adding, “We will know tonight.”
            “Q1 is the hard part,” ⟦Pierre Lamy|person⟧ said. “Q2 is easier.”
            “Every district counts.”
            """)
        #expect(found == [
            "“The vote is close,” ← Claire Dubois",
            "“We will know tonight.” ← Claire Dubois",
            "“Q1 is the hard part,” ← Pierre Lamy",
            "“Q2 is easier.” ← Pierre Lamy",
            "“Every district counts.” ← Pierre Lamy",
        ])
    }

    @Test func multiParagraphQuoteIsOneQuote() throws {
        let text = """
            ⟦Olga Petrova|person⟧ said in a statement:
            “The first paragraph of the statement goes on.
            “The second paragraph goes on as well.
            “The last paragraph closes it.”
            The hearing resumes next week.
            """
        let found = try QuoteFixture.direct(text)
        #expect(found.count == 1)
        #expect(found.first?.text.hasPrefix("“The first paragraph") == true)
        #expect(found.first?.text.hasSuffix("closes it.”") == true)
        #expect(found.first?.speaker == "Olga Petrova")
    }

    @Test func unclosedQuoteDoesNotSwallowTheArticle() throws {
        let found = try QuoteFixture.direct("""
            ⟦James Carter|person⟧ said, “This never closes.
            The next paragraph is the writer's own.
            “Here a real quote,” ⟦Carter|person⟧ added.
            """)
        #expect(found.map(\.text) == ["“Here a real quote,”"])
        #expect(found.first?.speaker == "James Carter")
    }

    @Test func appositiveIsNotTheSpeaker() throws {
        let found = try QuoteFixture.direct("""
            ⟦Ruth Kagame|person⟧, a former director of the ⟦Central Statistics Office|organization⟧, said the figures were “plainly wrong.”
            """)
        #expect(found.map(\.speaker) == ["Ruth Kagame"])
    }

    @Test func addresseesAreReported() throws {
        let found = try QuoteFixture.direct("""
            ⟦Ian Doyle|person⟧ told reporters after the meeting, “We are done.”
            “It is over,” ⟦Doyle|person⟧ told ⟦The Harbour Gazette|organization⟧.
            ⟦Doyle|person⟧ told ⟦Lisbon|place⟧’s public broadcaster ⟦Radio Sol|organization⟧ that the plan is “dead.”
            """)
        #expect(found.map(\.addressee) == ["reporters", "The Harbour Gazette", "Lisbon’s public broadcaster Radio Sol"])
        #expect(found.allSatisfy { $0.speaker == "Ian Doyle" })
        let interview = try QuoteFixture.direct("""
            In an interview with ⟦Channel Nine|organization⟧, ⟦Ian Doyle|person⟧ said the plan was “dead.”
            “It is over,” ⟦Doyle|person⟧ said to the committee.
            """)
        #expect(interview.map(\.addressee) == ["Channel Nine", "the committee"])
    }

    @Test func theNearestNameIsNotTheSpeaker() throws {
        let found = try QuoteFixture.speakers("""
            That came as ⟦Ana Ruiz|person⟧ met ⟦Viktor Hale|person⟧ in ⟦Riga|place⟧. ⟦Ruiz|person⟧ told reporters, \
            “⟦Hale|person⟧ and I disagree,” adding, “⟦Hale|person⟧ knows it.”
            """)
        #expect(found == ["“Hale and I disagree,” ← Ana Ruiz", "“Hale knows it.” ← Ana Ruiz"])
    }

    @Test func mixedQuoteBelongsToTheSubjectOfSaid() throws {
        let found = try QuoteFixture.quotes("""
            ⟦Ana Ruiz|person⟧ said at her news conference that ⟦Viktor Hale|person⟧’s role is “fairly well known.”
            """)
        let direct = found.filter { $0.kind == .direct }
        let indirect = found.filter { $0.kind == .indirect }
        #expect(direct.map(\.speaker) == ["Ana Ruiz"])
        #expect(indirect.map(\.speaker) == ["Ana Ruiz"])
        #expect(indirect.first?.text == "Viktor Hale’s role is")
    }

    @Test func scareQuotesHaveNoSpeakerAndTitlesAreNoQuotes() throws {
        let found = try QuoteFixture.direct("""
            The film “Northern Lights” opened in ⟦Bergen|place⟧ to what many saw as a “triumph” of style.
            """)
        #expect(found.map(\.text) == ["“triumph”"])
        #expect(found.allSatisfy { $0.speaker == nil && $0.confidence < 0.3 })
    }

    @Test func titlesOfWorksBeforeOrAfterTheirNounAreNoQuotes() throws {
        let found = try QuoteFixture.direct("""
            ⟦Ana Ruiz|person⟧ wrote a memoir, “Salt and Iron,” last year. “Night Desk” host ⟦Omar Haddad|person⟧ \
            praised it. “The book is brave,” ⟦Omar Haddad|person⟧ said.
            """)
        #expect(found.map(\.text) == ["“The book is brave,”"])
        #expect(found.map(\.speaker) == ["Omar Haddad"])
    }

    @Test func capitalizedSloganWithoutAWorkNounStaysAQuote() throws {
        let found = try QuoteFixture.direct("""
            ⟦Ana Ruiz|person⟧ told the crowd to “Keep the Lights On” before the vote.
            """)
        #expect(found.map(\.text) == ["“Keep the Lights On”"])
        #expect(found.map(\.speaker) == ["Ana Ruiz"])
    }

    @Test func markupAttributeValuesAreNoQuotes() throws {
        let found = try QuoteFixture.direct("""
            <post id="81" author="@ana_ruiz">The budget is “a disgrace,” she wrote.</post>
            """)
        #expect(found.map(\.text) == ["“a disgrace,”"])
    }

    @Test func scareQuoteInSpeechContextIsAttributed() throws {
        let found = try QuoteFixture.direct("""
            “We will not bend,” ⟦Ana Ruiz|person⟧ said, referring to ⟦Viktor Hale|person⟧ as “a bully.”
            """)
        #expect(found.map(\.speaker) == ["Ana Ruiz", "Ana Ruiz"])
        #expect(found.last?.cue == "referring")
    }

    @Test func everyQuoteCharacterAndApostrophesInsideWords() throws {
        let texts = [
            "⟦Ana Ruiz|person⟧ said: “Russia’s plan isn't ours.”",
            "⟦Ana Ruiz|person⟧ said: ‘Russia’s plan isn't ours.’",
            "⟦Ana Ruiz|person⟧ said: \"Russia's plan isn't ours.\"",
            "⟦Ana Ruiz|person⟧ said: 'the plan isn't ours.'",
            "⟦Ana Ruiz|person⟧ said: « Le plan n'est pas le nôtre. »",
            "⟦Ana Ruiz|person⟧ said: „Der Plan ist nicht unserer.“",
            "⟦Ana Ruiz|person⟧ said: ``the plan isn't ours.''",
        ]
        for text in texts {
            let found = try QuoteFixture.direct(text)
            #expect(found.count == 1, "\(text)")
            #expect(found.first?.text.lowercased().contains("plan") == true, "\(text)")
            #expect(found.first?.speaker == "Ana Ruiz", "\(text)")
        }
        let nested = try QuoteFixture.direct("⟦Ana Ruiz|person⟧ said, “They called it ‘a disaster’ twice.”")
        #expect(nested.map(\.text) == ["“They called it ‘a disaster’ twice.”"])
    }

    @Test func strayMarksDegradeToFewerQuotes() throws {
        let found = try QuoteFixture.direct("""
            The ” stray closing mark and an opening “ that never closes.
            ⟦Ana Ruiz|person⟧ said, “This one is fine.”
            The 1990s' rock 'n' roll and the students' union.
            """)
        #expect(found.map(\.text) == ["“This one is fine.”"])
    }

    @Test func dashAndColonAttributions() throws {
        let found = try QuoteFixture.quotes("""
            “Nobody reads the fine print.” — ⟦Gwen Adair|person⟧
            From the minister ⟦Lars Berg|person⟧: “We stand ready.”
            According to ⟦Gwen Adair|person⟧, the bill will pass next week.
            The bill will pass next week, according to ⟦Lars Berg|person⟧.
            """)
        #expect(found.map(\.speaker) == ["Gwen Adair", "Lars Berg", "Gwen Adair", "Lars Berg"])
        #expect(found.map(\.kind) == [.direct, .direct, .indirect, .indirect])
        #expect(found[2].text == "the bill will pass next week")
    }

    @Test func organizationsAndGroupsSpeak() throws {
        let found = try QuoteFixture.direct("""
            “The talks were useful,” ⟦the Kremlin|organization⟧ said.
            “We have seen no proof,” officials said.
            “The report is false,” a spokeswoman for ⟦the Ministry of Energy|organization⟧ said.
            """)
        #expect(found.map(\.speaker) == ["the Kremlin", nil, "the Ministry of Energy"])
        #expect(found.map(\.speakerMention) == ["the Kremlin", "officials", "a spokeswoman for the Ministry of Energy"])
    }

    @Test func invertedSpeakers() throws {
        let found = try QuoteFixture.direct("""
            “We will appeal,” said ⟦Tomas Lind|person⟧, the party's lawyer.
            “The ruling stands,” said the judge.
            """)
        #expect(found.map(\.speakerMention) == ["Tomas Lind", "the judge"])
        #expect(found.first?.speaker == "Tomas Lind")
        #expect(found.allSatisfy { $0.cue == "said" })
    }
}
