import BylineCore
import Testing

/// The bundled model on sentences written for this test (marked text: ⟦name|kind⟧).
@Suite struct EntityRecognizerTests {
    /// An article whose tokens are the space-separated pieces of each sentence, one paragraph per
    /// sentence, so the test does not depend on the tokenizer.
    static func article(_ marked: [String]) -> (Article, [RecognizedMention]) {
        var text = ""
        var tokens: [Token] = []
        var sentences: [Sentence] = []
        var expected: [RecognizedMention] = []
        var paragraphs: [TextRange] = []
        for line in marked {
            if !text.isEmpty { text += "\n\n" }
            let firstToken = tokens.count
            let sentenceStart = text.unicodeScalars.count
            var open: (start: Int, kind: String)?
            for piece in line.split(separator: " ") {
                var word = String(piece)
                if word.hasPrefix("⟦") {
                    word.removeFirst()
                    open = (0, "")
                }
                var kind: String?
                if let bar = word.firstIndex(of: "|"), word.hasSuffix("⟧") {
                    kind = String(word[word.index(after: bar)...].dropLast())
                    word = String(word[..<bar])
                }
                if text.unicodeScalars.count > sentenceStart { text += " " }
                let start = text.unicodeScalars.count
                text += word
                if open?.kind == "" { open = (start, "open") }
                let isNumber = word.first?.isNumber ?? false
                tokens.append(Token(range: TextRange(start: start, end: text.unicodeScalars.count),
                                    kind: word.first?.isPunctuation ?? false ? .punctuation : isNumber ? .number : .word))
                if let kind, let begin = open, let entityKind = EntityKind(rawValue: kind) {
                    expected.append(RecognizedMention(range: TextRange(start: begin.start, end: text.unicodeScalars.count), kind: entityKind))
                    open = nil
                }
            }
            let range = TextRange(start: sentenceStart, end: text.unicodeScalars.count)
            paragraphs.append(range)
            sentences.append(Sentence(range: range, tokens: firstToken..<tokens.count))
        }
        return (Article(text: text, scalars: Array(text.unicodeScalars), paragraphs: paragraphs, tokens: tokens, sentences: sentences), expected)
    }

    @Test func findsObviousEntities() throws {
        let recognizer = EntityRecognizer(model: try EntityModel.bundled(), gazetteer: try Gazetteer.bundled())
        let (article, expected) = Self.article([
            "⟦Angela Merkel|person⟧ met ⟦Emmanuel Macron|person⟧ in ⟦Berlin|place⟧ on ⟦Tuesday|date⟧ .",
            "The ⟦United Nations|organization⟧ said it would send aid to ⟦Kenya|place⟧ .",
            "⟦Microsoft|organization⟧ shares rose after the company reported higher profits .",
            "⟦French|group⟧ officials said the talks in ⟦Geneva|place⟧ would resume in ⟦March|date⟧ .",
        ])
        let found = Set(recognizer.recognize(article))
        let missing = expected.filter { !found.contains($0) }
        #expect(missing.isEmpty, "missing: \(missing.map { "\(article.string($0.range))/\($0.kind)" })")
        let extra = found.subtracting(expected)
        #expect(extra.count <= 1, "unexpected: \(extra.map { "\(article.string($0.range))/\($0.kind)" })")
    }

    @Test func mentionsLieOnTokenBoundariesInTextOrder() throws {
        let recognizer = EntityRecognizer(model: try EntityModel.bundled(), gazetteer: try Gazetteer.bundled())
        let (article, _) = Self.article([
            "Prime Minister Justin Trudeau of Canada arrived in London late on Sunday .",
            "Officials at the European Central Bank in Frankfurt declined to comment .",
        ])
        let mentions = recognizer.recognize(article)
        #expect(!mentions.isEmpty)
        #expect(mentions == mentions.sorted { $0.range < $1.range })
        let starts = Set(article.tokens.map(\.range.start))
        let ends = Set(article.tokens.map(\.range.end))
        for mention in mentions {
            #expect(starts.contains(mention.range.start) && ends.contains(mention.range.end))
        }
    }

    @Test func copesWithCurlyApostrophesAndHeadlines() throws {
        let recognizer = EntityRecognizer(model: try EntityModel.bundled(), gazetteer: try Gazetteer.bundled())
        #expect(recognizer.label(["Germany", "’s", "economy", "grew", "."]).map(\.range) == [0..<1])
        let headline = recognizer.label(["Pope", "Francis", "Visits", "Brazil", "For", "Youth", "Festival"])
        #expect(headline.contains { $0.range == 3..<4 && $0.kind == .place })
    }

    @Test func worksOnTheTokenizersOutput() throws {
        let recognizer = EntityRecognizer(model: try EntityModel.bundled(), gazetteer: try Gazetteer.bundled())
        let article = Article.parse("Norway’s central bank raised rates on Thursday, officials in Oslo said.")
        let found = recognizer.recognize(article).map { "\(article.string($0.range))/\($0.kind.rawValue)" }
        #expect(found.contains("Norway/place"))
        #expect(found.contains("Oslo/place"))
        #expect(found.contains("Thursday/date"))
    }

    @Test func emptyArticleHasNoMentions() throws {
        let recognizer = EntityRecognizer(model: try EntityModel.bundled(), gazetteer: try Gazetteer.bundled())
        let (article, _) = Self.article([])
        #expect(recognizer.recognize(article).isEmpty)
    }
}
