import BylineCore
import Testing

@Suite struct TokenizerTests {
    @Test func wordsAreSplitAtWhitespaceAndPunctuation() {
        #expect(Fixture.tagged("Byline reads news, quietly.") == [
            "Byline/word", "reads/word", "news/word", ",/punctuation", "quietly/word", "./punctuation",
        ])
    }

    @Test func numbersKeepTheirSeparators() {
        #expect(Fixture.tagged("1,000.50 2016 54-21 3.5 $30 3.5% 10:30 4/12/2017") == [
            "1,000.50/number", "2016/number", "54-21/number", "3.5/number", "$/symbol", "30/number",
            "3.5%/number", "10:30/number", "4/12/2017/number",
        ])
    }

    @Test func noTokenEndsInsideACharacter() {
        #expect(Fixture.tagged("Dr.\u{301} Oduya") == ["Dr.\u{301}/abbreviation", "Oduya/word"])
        #expect(Fixture.tagged("ok.\u{E0041}") == ["ok/word", ".\u{E0041}/punctuation"])
        let texts = ["🇺🇸🇺🇸 x", "a.\u{301}\u{302}b", "U.S.\u{20DD}", "x\u{600}y", "(\u{200D}\u{1F600})", "don't\u{301}"]
        for text in texts {
            var boundaries: Set<Int> = [0]
            var offset = 0
            for character in text {
                offset += character.unicodeScalars.count
                boundaries.insert(offset)
            }
            let tokens = Article.parse(text).tokens.map(\.range)
            #expect(tokens.allSatisfy { boundaries.contains($0.start) && boundaries.contains($0.end) }, "\(text.debugDescription): \(tokens)")
        }
    }

    @Test func aNumberEndingASentenceLeavesThePeriod() {
        #expect(Fixture.tagged("in 2016.") == ["in/word", "2016/number", "./punctuation"])
    }

    @Test func digitsJoinedToLettersMakeAWord() {
        #expect(Fixture.tagged("a 30-year-old man in the 1990s, COVID-19") == [
            "a/word", "30-year-old/word", "man/word", "in/word", "the/word", "1990s/word", ",/punctuation",
            "COVID-19/word",
        ])
    }

    @Test(arguments: [
        "U.S.", "U.K.", "Mr.", "Mrs.", "Ms.", "Dr.", "Gen.", "Sen.", "Rep.", "Gov.", "Lt.", "Col.", "St.", "Jr.",
        "Inc.", "Corp.", "Co.", "Ltd.", "vs.", "etc.", "e.g.", "i.e.", "a.m.", "p.m.", "Jan.", "Feb.", "Aug.",
        "Sept.", "Dec.", "U.N.", "D.C.", "U.S.A.", "Ph.D.", "Calif.", "Prof.",
    ])
    func abbreviationsKeepTheirPeriods(abbreviation: String) {
        #expect(Fixture.tagged("the \(abbreviation) case") == ["the/word", "\(abbreviation)/abbreviation", "case/word"])
    }

    @Test func capitalizedOnlyAbbreviationsNeedTheirCapital() {
        #expect(Fixture.kind(of: "Wash.", in: "in Seattle, Wash. today") == .abbreviation)
        #expect(Fixture.tagged("a critical mass.") == ["a/word", "critical/word", "mass/word", "./punctuation"])
    }

    @Test func noIsAnAbbreviationOnlyBeforeANumber() {
        #expect(Fixture.tagged("No. 5") == ["No./abbreviation", "5/number"])
        #expect(Fixture.tagged("he said No.") == ["he/word", "said/word", "No/word", "./punctuation"])
    }

    @Test func anOrdinaryWordLeavesItsPeriod() {
        #expect(Fixture.tagged("the end.") == ["the/word", "end/word", "./punctuation"])
        #expect(Fixture.tagged("plan b.") == ["plan/word", "b/word", "./punctuation"])
    }

    @Test func initialsAreTokensOfTheirOwn() {
        #expect(Fixture.tagged("J. R. R. Tolkien") == ["J./initial", "R./initial", "R./initial", "Tolkien/word"])
    }

    @Test(arguments: [
        ("we’re", ["we/word", "’re/clitic"]),
        ("we're", ["we/word", "'re/clitic"]),
        ("Russia’s", ["Russia/word", "’s/clitic"]),
        ("Russia's", ["Russia/word", "'s/clitic"]),
        ("don't", ["do/word", "n't/clitic"]),
        ("don’t", ["do/word", "n’t/clitic"]),
        ("can't", ["ca/word", "n't/clitic"]),
        ("DON'T", ["DO/word", "N'T/clitic"]),
        ("I’m", ["I/word", "’m/clitic"]),
        ("they’ll", ["they/word", "’ll/clitic"]),
        ("we’ve", ["we/word", "’ve/clitic"]),
        ("I’d", ["I/word", "’d/clitic"]),
        ("1990’s", ["1990/number", "’s/clitic"]),
        ("the U.S.’s", ["the/word", "U.S./abbreviation", "’s/clitic"]),
    ])
    func contractionsAndPossessivesSplitIntoClitics(text: String, expected: [String]) {
        #expect(Fixture.tagged(text) == expected)
    }

    @Test func aPluralPossessiveApostropheIsAClitic() {
        #expect(Fixture.tagged("the Joneses’ house") == ["the/word", "Joneses/word", "’/clitic", "house/word"])
        #expect(Fixture.tagged("the players' union") == ["the/word", "players/word", "'/clitic", "union/word"])
    }

    @Test func anApostropheClosingAnOpenSingleQuoteIsAQuote() {
        #expect(Fixture.tagged("‘the Joneses’ said") == [
            "‘/quote", "the/word", "Joneses/word", "’/quote", "said/word",
        ])
        #expect(Fixture.tagged("'the Joneses' said") == [
            "'/quote", "the/word", "Joneses/word", "'/quote", "said/word",
        ])
    }

    @Test(arguments: ["O’Brien", "O'Neill", "rock’n’roll", "y'all", "al-Assad", "Jean-Claude", "face-to-face"])
    func innerApostrophesAndHyphensStayInTheWord(word: String) {
        #expect(Fixture.tagged("said \(word) today") == ["said/word", "\(word)/word", "today/word"])
    }

    @Test func anElidedYearIsOneWord() {
        #expect(Fixture.tagged("the ’90s") == ["the/word", "’90s/word"])
    }

    @Test func anAbbreviationJoinedByAHyphenIsAWord() {
        #expect(Fixture.tagged("a U.S.-backed force") == ["a/word", "U.S.-backed/word", "force/word"])
    }

    @Test func handlesAndHashtags() {
        #expect(Fixture.tagged("(@KaitLavinder) #Election2016! #1") == [
            "(/punctuation", "@KaitLavinder/handle", ")/punctuation", "#Election2016/hashtag", "!/punctuation",
            "#/punctuation", "1/number",
        ])
    }

    @Test func emailAddresses() {
        #expect(Fixture.tagged("write to jane.doe+news@example.co.uk.") == [
            "write/word", "to/word", "jane.doe+news@example.co.uk/email", "./punctuation",
        ])
        #expect(Fixture.tagged("a@b") == ["a/word", "@b/handle"])
    }

    @Test func urlsLeaveTrailingPunctuationOut() {
        #expect(Fixture.tagged("See https://example.com/a?b=1&c=2.") == [
            "See/word", "https://example.com/a?b=1&c=2/url", "./punctuation",
        ])
        #expect(Fixture.tagged("(www.example.org/path), http://x.com”") == [
            "(/punctuation", "www.example.org/path/url", ")/punctuation", ",/punctuation", "http://x.com/url",
            "”/quote",
        ])
        #expect(Fixture.tagged("https://en.wikipedia.org/wiki/Foo_(bar).") == [
            "https://en.wikipedia.org/wiki/Foo_(bar)/url", "./punctuation",
        ])
    }

    @Test func everyQuotationMarkIsAQuoteToken() {
        #expect(Fixture.tagged("“a” ‘b’ \"c\" 'd' «e» „f“ ‚g‘ ‹h› ``i''") == [
            "“/quote", "a/word", "”/quote", "‘/quote", "b/word", "’/quote", "\"/quote", "c/word", "\"/quote",
            "'/quote", "d/word", "'/quote", "«/quote", "e/word", "»/quote", "„/quote", "f/word", "“/quote",
            "‚/quote", "g/word", "‘/quote", "‹/quote", "h/word", "›/quote", "``/quote", "i/word", "''/quote",
        ])
    }

    @Test func apostrophesInsideWordsAreNeverQuotes() {
        let kinds = Article.parse("O’Brien’s rock’n’roll don’t we’re").tokens.map(\.kind)
        #expect(!kinds.contains(.quote))
    }

    @Test func dashes() {
        #expect(Fixture.tagged("a – b — c ― d - e -- f g--h pre- and") == [
            "a/word", "–/dash", "b/word", "—/dash", "c/word", "―/dash", "d/word", "-/dash", "e/word", "--/dash",
            "f/word", "g/word", "--/dash", "h/word", "pre/word", "-/punctuation", "and/word",
        ])
    }

    @Test func ellipses() {
        #expect(Fixture.tagged("gas...we wait… what") == [
            "gas/word", ".../ellipsis", "we/word", "wait/word", "…/ellipsis", "what/word",
        ])
    }

    @Test func otherScriptsMakeWords() {
        #expect(Fixture.tagged("Путин сказал, что") == ["Путин/word", "сказал/word", ",/punctuation", "что/word"])
        #expect(Fixture.tagged("قال بوتين") == ["قال/word", "بوتين/word"])
        #expect(Fixture.tagged("東京は晴れ。") == ["東京は晴れ/word", "。/punctuation"])
        #expect(Fixture.tagged("नमस्ते दुनिया") == ["नमस्ते/word", "दुनिया/word"])
    }

    @Test func combiningMarksStayWithTheirLetters() {
        #expect(Fixture.tokens("cafe\u{301} noir") == ["cafe\u{301}", "noir"])
        #expect(Fixture.tokens("\u{5E9}\u{5C1}\u{5B8}\u{5DC}\u{5D5}\u{5B9}\u{5DD}") == ["\u{5E9}\u{5C1}\u{5B8}\u{5DC}\u{5D5}\u{5B9}\u{5DD}"])
    }

    @Test func emojiSequencesAreOneSymbol() {
        #expect(Fixture.tagged("I ❤️ NY 👨‍👩‍👧 🇺🇸 👍🏽") == [
            "I/word", "❤️/symbol", "NY/word", "👨‍👩‍👧/symbol", "🇺🇸/symbol", "👍🏽/symbol",
        ])
    }

    @Test func whitespaceIsNeverInsideAToken() {
        #expect(Fixture.tokens("a\u{A0}b\u{2028}c\td\u{3000}e") == ["a", "b", "c", "d", "e"])
    }

    @Test func tokenizingARangeStaysInsideIt() {
        let scalars = Array("one two three".unicodeScalars)
        let tokens = Tokenizer.tokenize(scalars, in: TextRange(start: 4, end: 7))
        #expect(tokens == [Token(range: TextRange(start: 4, end: 7), kind: .word)])
        #expect(Tokenizer.tokenize(scalars, in: TextRange(start: 10, end: 99)).map(\.range) == [TextRange(start: 10, end: 13)])
    }
}
