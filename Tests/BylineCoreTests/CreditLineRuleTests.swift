@testable import BylineCore
import Testing

/// Names in mixed-case credit lines (`CreditLineRule`), on model spans given by hand, in lines written for
/// these tests.
@Suite struct CreditLineRuleTests {
    @Test func byLineWithHyphenatedAndAccentedNames() throws {
        let found = try MentionFinderRuleTests.run("By Ana Ruiz-Vega and Tomás Ibáñez", [(1, 1, .person), (4, 1, .place)])
        #expect(found == ["Ana Ruiz-Vega/person", "Tomás Ibáñez/person"])
    }

    @Test func wireTrailerCreditsReportersAndEditorsButNotPlaces() throws {
        let found = try MentionFinderRuleTests.run("Reporting by Jon Vik in Lima and Élise Marot in Quito; Editing by Sam Ito", [])
        #expect(found.contains("Jon Vik/person"))
        #expect(found.contains("Élise Marot/person"))
        #expect(found.contains("Sam Ito/person"))
        #expect(!found.contains { $0.hasPrefix("Lima") && $0.hasSuffix("/person") })
    }

    @Test func aSentenceOpeningWithByIsNoByLine() throws {
        let found = try MentionFinderRuleTests.run("By Tuesday the talks had stalled.", [])
        #expect(!found.contains { $0.hasSuffix("/person") })
    }
}
