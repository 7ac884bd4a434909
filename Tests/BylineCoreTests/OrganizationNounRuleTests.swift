@testable import BylineCore
import Testing

/// Names introduced by a noun that says what kind of organization they are.
@Suite struct OrganizationNounRuleTests {
    private func names(_ text: String) throws -> [String] {
        let article = Article.parse(text)
        try #require(!article.sentences.isEmpty)
        let tokens = SentenceView(Document(article), sentence: 0)
        return OrganizationNounRule.spans(in: tokens, covered: [], titles: []).map { tokens.text($0.range) }
    }

    @Test func aChannelANewspaperAndACarmakerAreNamed() throws {
        #expect(try names("She told the state television channel Zvezda that it was over.") == ["Zvezda"])
        #expect(try names("In an interview with the newspaper Le Soir, he said no.") == ["Le Soir"])
        #expect(try names("Shares of the carmaker Nordvik Motors fell.") == ["Nordvik Motors"])
        #expect(try names("A spokesman for the lender Banco de Lisboa declined to comment.") == ["Banco de Lisboa"])
    }

    @Test func nothingWithoutACapitalizedNameRightAfterTheNoun() throws {
        #expect(try names("The company said on Monday that profits rose.") == [])
        #expect(try names("The agency, which Moscow funds, refused.") == [])
    }

    @Test func headlinesAndCoveredNamesAreLeftAlone() throws {
        #expect(try names("NEWSPAPER CLARION SOLD TO RIVAL").isEmpty)
        let article = Article.parse("The broadcaster Telenova said it would appeal.")
        try #require(!article.sentences.isEmpty)
        let tokens = SentenceView(Document(article), sentence: 0)
        #expect(OrganizationNounRule.spans(in: tokens, covered: [TokenSpan(2..<3, .organization)], titles: []).isEmpty)
    }
}
