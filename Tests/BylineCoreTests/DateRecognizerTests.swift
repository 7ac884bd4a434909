@testable import BylineCore
import Testing

/// Dates found by rule in sentences written for this test.
@Suite struct DateRecognizerTests {
    static func dates(_ text: String) throws -> [String] {
        let article = Article.parse(text)
        try #require(!article.sentences.isEmpty)
        let tokens = SentenceView(Document(article), sentence: 0)
        return DateRecognizer.find(in: tokens).map { tokens.text($0) }
    }

    @Test func weekdaysWithPartOfDayAndFullDates() throws {
        #expect(try Self.dates("The vote is on Wednesday morning.") == ["Wednesday morning"])
        #expect(try Self.dates("It opened Tuesday, April 11, 2017, in Oslo.") == ["Tuesday, April 11, 2017"])
        #expect(try Self.dates("They met on Friday.") == ["Friday"])
    }

    @Test func monthDatesInBothOrders() throws {
        #expect(try Self.dates("The deal closed on April 12, 2017.") == ["April 12, 2017"])
        #expect(try Self.dates("The deal closed on 12 April 2017.") == ["12 April 2017"])
        #expect(try Self.dates("Talks resume Sept. 5 in Geneva.") == ["Sept. 5"])
        #expect(try Self.dates("Sales fell in March 2020.") == ["March 2020"])
    }

    @Test func ambiguousMonthsNeedADateContext() throws {
        #expect(try Self.dates("Prices rose in May.") == ["May"])
        #expect(try Self.dates("Theresa May resigned.") == [])
        #expect(try Self.dates("April Ryan asked a question.") == [])
        #expect(try Self.dates("Exports rose in November and fell in December.") == ["November", "December"])
    }

    @Test func relativeDates() throws {
        #expect(try Self.dates("Prices rose last week and will fall next month.") == ["last week", "next month"])
        #expect(try Self.dates("This year the harvest failed.") == ["This year"])
        #expect(try Self.dates("He resigned last Friday.") == ["last Friday"])
    }

    @Test func yearsOnlyInDateContexts() throws {
        #expect(try Self.dates("The law changed in 2016 after protests.") == ["2016"])
        #expect(try Self.dates("He won by 2000 votes.") == [])
        #expect(try Self.dates("The team scored 2016 points.") == [])
    }

    @Test func decadesWithoutTheArticle() throws {
        #expect(try Self.dates("It was popular in the 1990s.") == ["1990s"])
        #expect(try Self.dates("A hit of the ’80s returned.") == ["’80s"])
        #expect(DateRecognizer.isDecade("1995s") == false)
    }
}
