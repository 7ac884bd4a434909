import BylineCore
import Testing

@Suite struct ParagraphSplitterTests {
    @Test func theSampleHasOneParagraphALine() throws {
        let paragraphs = Fixture.paragraphs(Fixture.sample)
        #expect(paragraphs.count == 21)
        let first = try #require(paragraphs.first)
        #expect(first.hasPrefix("Donald Trump entered"))
        #expect(first.hasSuffix("low.”"))
        #expect(paragraphs.last?.hasSuffix("is a reporter.") == true)
    }

    @Test func blankLinesSeparateParagraphs() {
        #expect(Fixture.paragraphs("a\nb\n\nc") == ["a\nb", "c"])
    }

    @Test func withoutBlankLinesEachLineIsAParagraph() {
        #expect(Fixture.paragraphs("a\nb\nc") == ["a", "b", "c"])
    }

    @Test func leadingAndTrailingBlankLinesDoNotSeparate() {
        #expect(Fixture.paragraphs("\n\na\nb\n\n") == ["a", "b"])
    }

    @Test func linesOfOnlyWhitespaceAreBlank() {
        #expect(Fixture.paragraphs("a\n \t\u{A0}\nb\nc") == ["a", "b\nc"])
    }

    @Test func spansAreTrimmed() {
        #expect(Fixture.paragraphs("  a  \n\n\t b \n") == ["a", "b"])
    }

    @Test func crlfAndOtherLineBreaks() {
        #expect(Fixture.paragraphs("a\r\n\r\nb\r\nc") == ["a", "b\r\nc"])
        #expect(Fixture.paragraphs("a\rb\u{2029}c\u{85}d") == ["a", "b", "c", "d"])
    }

    @Test func emptyTextHasNoParagraphs() {
        #expect(Fixture.paragraphs("").isEmpty)
        #expect(Fixture.paragraphs(" \n\t\n").isEmpty)
    }

    @Test func offsetsCountScalars() {
        let paragraphs = ParagraphSplitter.paragraphs(in: Array("é\u{301}x\n\n👍🏽 b".unicodeScalars))
        #expect(paragraphs == [TextRange(start: 0, end: 3), TextRange(start: 5, end: 9)])
    }
}
