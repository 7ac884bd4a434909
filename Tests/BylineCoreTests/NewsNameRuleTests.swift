@testable import BylineCore
import Testing

/// The rules for organizations, events, datelines, people's names and false names on real news, each on
/// model spans given by hand (see `MentionFinderRuleTests.run`), in sentences written for these tests.
@Suite struct NewsNameRuleTests {
    static func run(_ text: String, _ model: [(Int, Int, EntityKind)]) throws -> [String] {
        try MentionFinderRuleTests.run(text, model)
    }

    @Test func companyFormMakesTheWholeNameAnOrganization() throws {
        #expect(try Self.run("Pellow Mining Corp cut jobs.", [(0, 1, .person)]) == ["Pellow Mining Corp/organization"])
        #expect(try Self.run("He sold Ruritanian Breweries Ltd to rivals.", [(2, 1, .group)]) == ["Ruritanian Breweries Ltd/organization"])
        #expect(try Self.run("Shares of Tarn & Velo AG fell.", []) == ["Tarn & Velo AG/organization"])
        #expect(try Self.run("The Osk Holdings board met.", [(1, 1, .place)]) == ["Osk Holdings/organization"])
    }

    @Test func companyFormAloneOrInAHeadlineIsLeftToTheModel() throws {
        #expect(try Self.run("Group leaders met on Friday.", []) == ["Friday/date"])
        #expect(try Self.run("PELLOW MINING CORP CUTS JOBS", []) == [])
    }

    @Test func acronymInParenthesesIsTheSameKindAsTheNameBeforeIt() throws {
        let found = try Self.run("The Harbour Transit Authority (HTA) raised fares.", [(1, 3, .organization), (5, 1, .place)])
        #expect(found == ["Harbour Transit Authority/organization", "HTA/organization"])
        #expect(try Self.run("He met Ana Lobo (PDR) there.", [(2, 2, .person)]) == ["Ana Lobo/person"])
    }

    @Test func placeOrDemonymAgainstALongerNameIsPartOfIt() throws {
        #expect(try Self.run("Trading on the Velo Stock Exchange resumed.", [(3, 1, .place), (4, 2, .organization)])
                == ["Velo Stock Exchange/organization"])
        #expect(try Self.run("Officials of the Ruritanian Republic met.", [(3, 1, .group), (4, 1, .place)]) == ["Ruritanian Republic/place"])
        #expect(try Self.run("The Russian Foreign Ministry said so.", [(1, 1, .group), (2, 2, .organization)])
                == ["Russian/group", "Foreign Ministry/organization"])
        #expect(try Self.run("Russian Oskvel beat them.", [(0, 1, .group), (1, 1, .organization)]) == ["Russian/group", "Oskvel/organization"])
    }

    @Test func twoListedNamesJoinedByAndAreTwoNames() throws {
        #expect(try Self.run("Talks between Kenya and Uganda ended.", [(2, 3, .organization)]) == ["Kenya/place", "Uganda/place"])
        #expect(try Self.run("He flew to Bosnia and Herzegovina today.", [(3, 3, .place)]) == ["Bosnia and Herzegovina/place"])
        #expect(try Self.run("He shops at Marks and Spencer often.", [(3, 3, .organization)]) == ["Marks and Spencer/organization"])
    }

    @Test func competitionsAreEvents() throws {
        #expect(try Self.run("She easily won the Harbour Open on Sunday.", [(4, 1, .place)]) == ["Harbour Open/event", "Sunday/date"])
        #expect(try Self.run("Fans left for the World Cup early.", [(4, 2, .organization)]) == ["World Cup/event"])
        #expect(try Self.run("He competed at the Olympics and then the Lune Winter Games.", [])
                == ["Olympics/event", "Lune Winter Games/event"])
        #expect(try Self.run("Open the door.", []) == [])
    }

    @Test func placeNamedTeamsAndCompaniesAreOrganizationsByContext() throws {
        #expect(try Self.run("Shares of Lakeside rose.", [(2, 1, .place)]) == ["Lakeside/organization"])
        #expect(try Self.run("Real Xville beat Tarnby 2-1.", [(1, 1, .place), (3, 1, .place)])
                == ["Real Xville/organization", "Tarnby/organization"])
        #expect(try Self.run("Velo lost to Tarnby 1-0.", [(0, 1, .place), (3, 1, .place)]) == ["Velo/organization", "Tarnby/organization"])
        #expect(try Self.run("Brazil beat Kenya 2-1.", [(0, 1, .place), (2, 1, .place)]) == ["Brazil/place", "Kenya/place"])
    }

    @Test func particlesJoinAPersonsName() throws {
        #expect(try Self.run("Pieter van der Berg spoke.", [(0, 1, .person), (3, 1, .person)]) == ["Pieter van der Berg/person"])
        #expect(try Self.run("Khalid bin Rashed spoke.", [(0, 1, .person)]) == ["Khalid bin Rashed/person"])
    }

    @Test func aCapitalizedTheMidSentenceStartsAName() throws {
        #expect(try Self.run("Okafor told The Harbour Review on Monday.", [(0, 1, .person)])
                == ["Okafor/person", "The Harbour Review/organization", "Monday/date"])
        #expect(try Self.run("The Harbour Review said so.", []) == [])
    }

    @Test func datelinesArePlacesAndAgencies() throws {
        #expect(try Self.run("HARBURG, Ruritania (Wire) — Talks resumed.", [(0, 1, .organization)])
                == ["HARBURG/place", "Ruritania/place", "Wire/organization"])
        #expect(try Self.run("OSKVILLE 2016-08-30", []) == ["OSKVILLE/place"])
        #expect(try Self.run("PS — call me.", []) == [])
        #expect(try Self.run("NATO — the alliance said so.", []) == ["NATO/organization"])
    }

    @Test func bylineInCapitalsIsOneName() throws {
        #expect(try Self.run("By ASSOCIATED PRESS", [(1, 1, .person), (2, 1, .organization)]) == ["ASSOCIATED PRESS/organization"])
        #expect(try Self.run("By MARA QUELL", [(1, 1, .place)]) == ["MARA QUELL/person"])
    }

    @Test func countsAndSentenceAdverbsAreNoNames() throws {
        #expect(try Self.run("He was 31 and scored in the 71st minute.", [(2, 1, .date), (7, 1, .date)]) == [])
        #expect(try Self.run("Frankly, nobody knows.", [(0, 1, .work)]) == [])
        #expect(try Self.run("Italy, they said, won.", [(0, 1, .place)]) == ["Italy/place"])
    }

    @Test func shortFormsOfAFullNameArePeopleAcrossTheDocument() throws {
        let article = Article.parse("Ngozi Okafor led the review.\n\nOkafor dismissed the criticism. Tarn Okafor is a river.")
        let document = Document(article)
        let views = article.sentences.indices.map { SentenceView(document, sentence: $0) }
        let gazetteer = try MentionFinderRuleTests.gazetteer.get()
        let names = PersonNameRules.shortNames([(views[0], [TokenSpan(0..<2, .person)])], gazetteer: gazetteer)
        #expect(names.contains("Okafor") && names.contains("Ngozi"))
        let second = PersonNameRules.shortNameMentions([], in: views[1], names: names)
        #expect(second == [TokenSpan(0..<1, .person)])
        #expect(PersonNameRules.shortNameMentions([], in: views[2], names: names).isEmpty)
        #expect(PersonNameRules.shortNameMentions([TokenSpan(0..<1, .organization)], in: views[1], names: names) == [TokenSpan(0..<1, .person)])
    }

    @Test func aClubWordEndsAnOrganization() throws {
        #expect(try Self.run("Tarnby Rovers beat them.", [(0, 2, .person)]) == ["Tarnby Rovers/organization"])
        #expect(try Self.run("She joined Velo Wanderers in May.", [(2, 1, .place)]) == ["Velo Wanderers/organization", "May/date"])
    }

    @Test func sharesOfAnyNameAreACompanys() throws {
        #expect(try Self.run("Shares of Pellmore rose.", [(2, 1, .person)]) == ["Pellmore/organization"])
        #expect(try Self.run("Shares of Pellmore rose.", []) == ["Pellmore/organization"])
    }

    @Test func rankingAndScoreRowsAreReadAsRows() throws {
        #expect(try Self.run("4. Ilona Varga (Hungary) 1:51.20", [(2, 2, .place), (5, 1, .place)])
                == ["Ilona Varga/person", "Hungary/place"])
        #expect(try Self.run("Northfield 3 Eastport 1", [(0, 1, .place)]) == ["Northfield/organization", "Eastport/organization"])
        #expect(try Self.run("Brazil 2 Kenya 1", []) == ["Brazil/place", "Kenya/place"])
        #expect(try Self.run("Velo scored 3 goals in 2 games.", [(0, 1, .place)]) == ["Velo/place"])
    }

    @Test func aHeadlinesPersonDoesNotLendAShortNameOfACompany() throws {
        let article = Article.parse("Pellmore Mining gains\n\nPellmore Mining Corp rose. Pellmore said so.")
        let document = Document(article)
        let views = article.sentences.indices.map { SentenceView(document, sentence: $0) }
        let gazetteer = try MentionFinderRuleTests.gazetteer.get()
        let names = PersonNameRules.shortNames([(views[0], [TokenSpan(0..<2, .person)]), (views[1], [TokenSpan(0..<3, .organization)])],
                                               gazetteer: gazetteer)
        #expect(!names.contains("Pellmore"))
    }

    @Test func anOrganizationWordsOfComplementIsPartOfTheName() throws {
        #expect(try Self.run("He addressed the Tarnby Chamber of Commerce on Monday.", [(3, 2, .person), (6, 1, .organization)])
                == ["Tarnby Chamber of Commerce/organization", "Monday/date"])
        #expect(try Self.run("She joined the Bank of Velo last year.", [(3, 1, .organization), (5, 1, .place)]) == ["Bank of Velo/organization", "last year/date"])
        #expect(try Self.run("A friend of Ana Ruiz spoke.", [(3, 2, .person)]) == ["Ana Ruiz/person"])
    }
}
