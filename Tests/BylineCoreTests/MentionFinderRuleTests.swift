@testable import BylineCore
import Testing

/// The recognition rules on model spans given by hand, so each rule is tested without the model.
@Suite struct MentionFinderRuleTests {
    static let gazetteer = Result { try Gazetteer.bundled() }

    /// Runs the rules on the first sentence of `text` with model spans given as (first word, word count,
    /// kind), words counted as tokens.
    static func run(_ text: String, _ model: [(Int, Int, EntityKind)]) throws -> [String] {
        let article = Article.parse(text)
        try #require(!article.sentences.isEmpty)
        let tokens = SentenceView(Document(article), sentence: 0)
        let spans = model.map { TokenSpan($0.0..<($0.0 + $0.1), $0.2) }
        return MentionFinder.find(spans, in: tokens, gazetteer: try gazetteer.get()).map {
            "\(tokens.text($0.range))/\($0.kind.rawValue)"
        }
    }

    @Test func titleBetweenDemonymAndNameIsDropped() throws {
        let found = try Self.run("German Chancellor Olaf Brandt arrived.", [(0, 4, .person)])
        #expect(found == ["German/group", "Olaf Brandt/person"])
    }

    @Test func organizationBeforeMultiWordTitleIsKept() throws {
        let found = try Self.run("OPEC Secretary General Haitham Nour spoke.", [(0, 5, .person)])
        #expect(found == ["OPEC/organization", "Haitham Nour/person"])
    }

    @Test func wordsInsideATitlePhraseAreNoEntity() throws {
        let found = try Self.run("Later, Secretary of State Ann Pryor flew home.", [(4, 1, .organization), (5, 2, .person)])
        #expect(found == ["Ann Pryor/person"])
    }

    @Test func titleLeadingAPersonIsRemoved() throws {
        #expect(try Self.run("He thanked Mr. Smith warmly.", [(2, 2, .person)]) == ["Smith/person"])
        #expect(try Self.run("She met Prime Minister Ana Lobo.", [(2, 4, .person)]) == ["Ana Lobo/person"])
    }

    @Test func titleLeadingAnOrganizationStays() throws {
        #expect(try Self.run("He left General Motors last year.", [(2, 2, .organization)]) == ["General Motors/organization", "last year/date"])
    }

    @Test func titleInsideAnOrganizationWithoutAFirstNameAfterStays() throws {
        #expect(try Self.run("Shares of General Electric Co rose.", [(2, 3, .organization)]) == ["General Electric Co/organization"])
        #expect(try Self.run("Bank of Canada Governor Mark Lowe spoke.", [(0, 6, .organization)])
                == ["Bank of Canada/organization", "Mark Lowe/person"])
    }

    @Test func trailingTitleIsTrimmedAndTheRestTakesItsListedKind() throws {
        let found = try Self.run("The talks upset the U.S. Ambassador to Peru.", [(4, 2, .organization), (7, 1, .place)])
        #expect(found == ["U.S./place", "Peru/place"])
    }

    @Test func possessiveAndPunctuationAreTrimmed() throws {
        let found = try Self.run("It hurt “Germany’s” exports.", [(2, 4, .place)])
        #expect(found == ["Germany/place"])
    }

    @Test func leadingLowerCaseWordsAreTrimmedButParticlesAndInnerCapitalsStay() throws {
        #expect(try Self.run("Fighting spread in northern Mali.", [(3, 2, .place)]) == ["Mali/place"])
        #expect(try Self.run("He admired Ludwig van Beethoven.", [(2, 3, .person)]) == ["Ludwig van Beethoven/person"])
        #expect(try Self.run("Troops loyal to Hafez al-Assad fired.", [(3, 2, .person)]) == ["Hafez al-Assad/person"])
    }

    @Test func theBelongsToANameOnlyMidSentenceOrWhenListed() throws {
        #expect(try Self.run("She told The Morning Ledger on Friday.", [(3, 2, .organization)])
                == ["The Morning Ledger/organization", "Friday/date"])
        #expect(try Self.run("The Morning Ledger reported it.", [(0, 3, .organization)]) == ["Morning Ledger/organization"])
        #expect(try Self.run("He reads the Morning Ledger daily.", [(2, 3, .organization)]) == ["Morning Ledger/organization"])
        #expect(try Self.run("The New York Times reported it.", [(1, 3, .organization)]) == ["The New York Times/organization"])
    }

    @Test func organizationWordAfterANameMakesAnOrganization() throws {
        let found = try Self.run("Critics of the Obrecht Foundation spoke.", [(3, 1, .person)])
        #expect(found == ["Obrecht Foundation/organization"])
    }

    @Test func gazetteerNamesTheModelMissedAreAdded() throws {
        let found = try Self.run("Even the Arab world, the UK and NATO objected.", [])
        #expect(found == ["Arab/group", "UK/place", "NATO/organization"])
    }

    @Test func gazetteerCorrectsKindsButKeepsPeople() throws {
        let found = try Self.run("Iraqi troops and the UK joined Jordan Peele.", [(0, 1, .place), (4, 1, .organization), (6, 2, .person)])
        #expect(found == ["Iraqi/group", "UK/place", "Jordan Peele/person"])
    }

    @Test func demonymInsideALongerNameStaysPartOfIt() throws {
        let found = try Self.run("Officials of the Syrian Arab Republic met.", [])
        #expect(found == ["Syrian Arab Republic/place"])
    }

    @Test func unknownCapitalizedNeighboursBlockGazetteerAdditions() throws {
        #expect(try Self.run("He studied at Georgia Tech for years.", []) == [])
    }

    @Test func commonWordsAreNeverNames() throws {
        #expect(try Self.run("THE MARKETS FALL AGAIN IN ASIA", [(0, 1, .organization), (5, 1, .place)]) == ["ASIA/place"])
        #expect(try Self.run("However, Kenya agreed.", [(0, 1, .person), (2, 1, .place)]) == ["Kenya/place"])
    }

    @Test func spansNeverOverlap() {
        let spans = [TokenSpan(0..<3, .organization), TokenSpan(1..<2, .person), TokenSpan(2..<5, .place), TokenSpan(5..<6, .date)]
        #expect(MentionFinder.withoutOverlaps(spans) == [TokenSpan(0..<3, .organization), TokenSpan(5..<6, .date)])
    }

    @Test func trailingNumbersLeavePeopleAndPlaces() throws {
        #expect(try Self.run("Valencia 3-1 Sevilla was the score.", [(0, 2, .place)]) == ["Valencia/place"])
    }

    @Test func listedNamesInsideHyphenatedWords() throws {
        let article = Article.parse("The Oslo-based firm hired Kremlin-backed and Saudi-led groups.")
        try #require(!article.sentences.isEmpty)
        let tokens = SentenceView(Document(article), sentence: 0)
        let found = HyphenatedNameRule.mentions(in: tokens, covered: [], gazetteer: try Self.gazetteer.get())
        #expect(MentionFinderMarkup.describe(found, in: article) == ["Oslo/place", "Kremlin/organization", "Saudi/group"])
        let whole = Article.parse("The Kremlin-backed group met officials.")
        let models = try MentionFinderArticleTests.models.get()
        let mentions = MentionFinder.find(in: Document(whole), recognizer: EntityRecognizer(model: models.entityModel, gazetteer: models.gazetteer), gazetteer: models.gazetteer)
        #expect(MentionFinderMarkup.describe(mentions, in: whole) == ["Kremlin/organization"], "\(whole.tokens.map { whole.string($0.range) })")
    }
}
