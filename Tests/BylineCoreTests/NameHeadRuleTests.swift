@testable import BylineCore
import Testing

/// The rules that read a name's last word, first names the model missed, acronyms a document defines,
/// “University of” before a found name and teams joined by “and”, on model spans given by hand (see
/// `MentionFinderRuleTests.run`), in sentences written for these tests.
@Suite struct NameHeadRuleTests {
    static func run(_ text: String, _ model: [(Int, Int, EntityKind)]) throws -> [String] {
        try MentionFinderRuleTests.run(text, model)
    }

    @Test func anOrganizationWordEndsAnOrganization() throws {
        #expect(try Self.run("She joined the Kelvin Mills Society.", [(3, 3, .person)]) == ["Kelvin Mills Society/organization"])
        #expect(try Self.run("The Eastvale Transit Authority raised fares.", [(1, 3, .place)]) == ["Eastvale Transit Authority/organization"])
        #expect(try Self.run("He studied at Tarnby University.", [(3, 2, .place)]) == ["Tarnby University/organization"])
    }

    @Test func anOrganizationWordLeavesPlacesAndNamesAlone() throws {
        #expect(try Self.run("Troops fought on the Western Front.", [(4, 2, .place)]) == ["Western Front/place"])
        #expect(try Self.run("Settlers left the Palestinian West Bank.", [(3, 3, .place)]) == ["Palestinian West Bank/place"])
        #expect(try Self.run("Ms. Dana Court spoke.", [(1, 2, .person)]) == ["Dana Court/person"])
    }

    @Test func aPlaceWordEndsAPlace() throws {
        #expect(try Self.run("Boats sailed on Tobin Reservoir.", [(3, 2, .person)]) == ["Tobin Reservoir/place"])
        #expect(try Self.run("He crossed Sandy Creek at dawn.", [(2, 2, .person)]) == ["Sandy Creek/place"])
    }

    @Test func aPluralAfterACityIsATeam() throws {
        #expect(try Self.run("He was traded to the Toronto Ice Foxes.", [(5, 3, .place)]) == ["Toronto Ice Foxes/organization"])
        #expect(try Self.run("They live in Palm Springs.", [(3, 2, .place)]) == ["Palm Springs/place"])
    }

    @Test func aListedFirstNameBeforeAnUnknownSurnameIsAPerson() throws {
        #expect(try Self.run("She argued with Director Avery Brannock.", [])
                == ["Avery Brannock/person"])
        #expect(try Self.run("The crowd cheered Damian Q. Oldcastle on Sunday.", [])
                == ["Damian Q. Oldcastle/person", "Sunday/date"])
        #expect(try Self.run("Fans filled the Rose Bowl.", []) == ["Rose Bowl/event"])
        #expect(try Self.run("Marchers met in Gordon Square.", []) == [])
        #expect(try Self.run("AVERY BRANNOCK WINS", []) == [])
    }

    @Test func anOrganizationWordBeforeOfAndAFoundNameJoinsIt() throws {
        #expect(try Self.run("She teaches at the University of Tarnby now.", [(6, 1, .place)]) == ["University of Tarnby/organization"])
        #expect(try Self.run("A friend of Tarnby came.", [(3, 1, .place)]) == ["Tarnby/place"])
    }

    @Test func twoTeamsJoinedByAndAreTwoOrganizations() throws {
        #expect(try Self.run("He played for the Velo Hornets and Eastport Gulls.", [(4, 5, .organization)])
                == ["Velo Hornets/organization", "Eastport Gulls/organization"])
        #expect(try Self.run("He joined the Department of Health and Human Services.", [(3, 6, .organization)])
                == ["Department of Health and Human Services/organization"])
    }

    @Test func anAcronymDefinedInParenthesesIsThatOrganizationAcrossTheDocument() throws {
        let article = Article.parse("The Eastvale Transit Authority (ETA) raised fares.\n\nETA said so. Critics of ETA protested.")
        let document = Document(article)
        let views = article.sentences.indices.map { SentenceView(document, sentence: $0) }
        let first = [TokenSpan(1..<4, .organization), TokenSpan(5..<6, .organization)]
        let acronyms = OrganizationRules.definedAcronyms([(views[0], first), (views[1], [])])
        #expect(acronyms == ["ETA"])
        #expect(OrganizationRules.acronymMentions([], in: views[1], acronyms: acronyms) == [TokenSpan(0..<1, .organization)])
        #expect(OrganizationRules.acronymMentions([TokenSpan(2..<3, .place)], in: views[2], acronyms: acronyms)
                == [TokenSpan(2..<3, .organization)])
        #expect(OrganizationRules.definedAcronyms([(views[1], [TokenSpan(0..<1, .organization)])]).isEmpty)
    }

    @Test func anOrganizationsInitialsAreThatOrganizationAcrossTheDocument() throws {
        let article = Article.parse("She joined the Eastvale Institute of Mining Technology in May.\n\nEIMT later hired her.\n\nA GOOD YEAR FOR EIMT")
        let document = Document(article)
        let views = article.sentences.indices.map { SentenceView(document, sentence: $0) }
        let acronyms = OrganizationRules.definedAcronyms([(views[0], [TokenSpan(3..<8, .organization)]), (views[1], [])])
        #expect(acronyms == ["EIMT"])
        #expect(OrganizationRules.acronymMentions([TokenSpan(0..<1, .place)], in: views[1], acronyms: acronyms)
                == [TokenSpan(0..<1, .organization)])
        #expect(OrganizationRules.acronymMentions([], in: views[2], acronyms: acronyms).isEmpty)
        let twoWords = OrganizationRules.definedAcronyms([(views[0], [TokenSpan(6..<8, .organization)])])
        #expect(twoWords.isEmpty)
    }
}
