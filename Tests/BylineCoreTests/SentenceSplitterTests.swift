import BylineCore
import Testing

@Suite struct SentenceSplitterTests {
    @Test func splitsAfterTerminalPunctuation() {
        #expect(Fixture.sentences("It rained. We left! Did you? Yes.") == ["It rained.", "We left!", "Did you?", "Yes."])
    }

    @Test func anAbbreviationBeforeAnOrdinaryWordDoesNotEndASentence() {
        #expect(Fixture.sentences("Trump wanted better U.S. ties with Russia. It failed.") == [
            "Trump wanted better U.S. ties with Russia.", "It failed.",
        ])
        #expect(Fixture.sentences("the U.S. Ambassador spoke.") == ["the U.S. Ambassador spoke."])
    }

    @Test func anAbbreviationBeforeAClearSentenceStartEndsOne() {
        #expect(Fixture.sentences("He moved to the U.S. The move was hard.") == [
            "He moved to the U.S.", "The move was hard.",
        ])
        #expect(Fixture.sentences("apples, pears, etc. But not plums.") == ["apples, pears, etc.", "But not plums."])
    }

    @Test func titlesNeverEndASentence() {
        #expect(Fixture.sentences("Mr. Smith met Dr. Jones and Gen. The Rock. They talked.") == [
            "Mr. Smith met Dr. Jones and Gen. The Rock.", "They talked.",
        ])
    }

    @Test func initialsDoNotEndASentence() {
        #expect(Fixture.sentences("J. R. R. Tolkien wrote it. It sold.") == ["J. R. R. Tolkien wrote it.", "It sold."])
        #expect(Fixture.sentences("It was World War I. The war ended.") == ["It was World War I.", "The war ended."])
    }

    @Test func latinAbbreviationsInsideASentence() {
        #expect(Fixture.sentences("the last one, i.e. Putin expected concessions, e.g. the sanctions.") == [
            "the last one, i.e. Putin expected concessions, e.g. the sanctions.",
        ])
    }

    @Test func decimalsDoNotEndASentence() {
        #expect(Fixture.sentences("It grew 3.5 percent. Prices rose.") == ["It grew 3.5 percent.", "Prices rose."])
    }

    @Test func ellipses() {
        #expect(Fixture.sentences("if I see them using gas...we have to do something.") == [
            "if I see them using gas...we have to do something.",
        ])
        #expect(Fixture.sentences("not confirmed … nobody has shown us anything.") == [
            "not confirmed … nobody has shown us anything.",
        ])
        #expect(Fixture.sentences("Wait… Then it stopped.") == ["Wait…", "Then it stopped."])
    }

    @Test func aSentenceEndsAfterTheClosingQuotationMark() {
        #expect(Fixture.sentences("the relationship is at “an all-time low.” Trump’s comments came later.") == [
            "the relationship is at “an all-time low.”", "Trump’s comments came later.",
        ])
        #expect(Fixture.sentences("He said \"stop.\" Then he left.") == ["He said \"stop.\"", "Then he left."])
    }

    @Test func aCommaBeforeTheClosingQuotationMarkKeepsTheSentence() {
        #expect(Fixture.sentences("“Right now, we’re fine,” he said. Then he left.") == [
            "“Right now, we’re fine,” he said.", "Then he left.",
        ])
    }

    @Test func aQuestionOrExclamationBeforeALowerCaseWordKeepsTheSentence() {
        #expect(Fixture.sentences("“Why?” he asked. “Stop!” she cried.") == ["“Why?” he asked.", "“Stop!” she cried."])
    }

    @Test func anOpeningQuotationMarkCanStartASentence() {
        #expect(Fixture.sentences("He left. “We stay,” she said.") == ["He left.", "“We stay,” she said."])
    }

    @Test func closingBracketsStayWithTheSentence() {
        #expect(Fixture.sentences("(He left.) Then she came.") == ["(He left.)", "Then she came."])
    }

    @Test func listMarkersDoNotEndASentence() {
        #expect(Fixture.sentences("1. First the news. 2. Then the weather.") == [
            "1. First the news.", "2. Then the weather.",
        ])
        #expect(Fixture.sentences("b. Second item") == ["b. Second item"])
    }

    @Test func noSplitWithoutWhitespace() {
        #expect(Fixture.sentences("the end.Next one") == ["the end.Next one"])
    }

    @Test func sentencesNeverCrossParagraphs() {
        #expect(Fixture.sentences("A headline without a period\nThe text begins. It goes on") == [
            "A headline without a period", "The text begins.", "It goes on",
        ])
    }

    @Test func scriptsWithoutSpaces() {
        #expect(Fixture.sentences("今日は晴れ。明日は雨。") == ["今日は晴れ。", "明日は雨。"])
    }

    @Test func sampleArticle() throws {
        let article = Article.parse(Fixture.sample)
        let sentences = article.sentences.map { article.string($0.range) }
        try #require(sentences.count > 20)
        #expect(sentences[0].hasPrefix("Donald Trump entered"))
        #expect(sentences[0].hasSuffix("at “an all-time low.”"))
        #expect(sentences[1].hasPrefix("Trump’s comments"))
        #expect(sentences.contains { $0.hasSuffix("i.e. Putin expected concessions from us.”") })
        #expect(sentences.contains("“I’m sure that Russia is mindful of it as well,” he added."))
        #expect(sentences.contains("“I think it's very bad for Russia."))
        #expect(sentences.last == "Pam Benson is managing editor The Cipher Brief, and Kaitlin Lavinder (@KaitLavinder) is a reporter.")
        #expect(sentences.count == 26)
    }
}
