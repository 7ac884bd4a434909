@testable import BylineCore
import Foundation
import Testing

/// The bundled tagger and parser on sentences written for these tests, and the model file's round trip.
@Suite struct SyntaxModelTests {
    static let model = Result { try SyntaxModel.bundled() }

    /// The syntax of a sentence given as text, with a lookup by word.
    struct Parsed {
        let words: [String]
        let syntax: SentenceSyntax

        init(_ text: String) throws {
            let article = Article.parse(text)
            words = article.tokens.map { article.string($0.range) }
            syntax = try SyntaxModelTests.model.get().annotate(words: words)
        }

        func index(_ word: String) -> Int { words.firstIndex(of: word) ?? -1 }
        func upos(_ word: String) -> UPOS? { index(word) >= 0 ? syntax.upos[index(word)] : nil }
        /// The head word and relation of `word`.
        func arc(_ word: String) -> (head: String, relation: String)? {
            let position = index(word)
            guard position >= 0 else { return nil }
            let head = syntax.head[position]
            return (head < 0 ? "ROOT" : words[head], syntax.deprel[position])
        }
    }

    @Test func senatorCalledThePlanADisaster() throws {
        let parsed = try Parsed("The senator called the plan a disaster.")
        #expect(parsed.arc("senator")! == ("called", "nsubj"))
        #expect(parsed.arc("called")! == ("ROOT", "root"))
        #expect(parsed.arc("plan")?.head == "called")
        #expect(parsed.arc("The")! == ("senator", "det"))
        #expect(parsed.upos("senator") == .noun && parsed.upos("called") == .verb && parsed.upos("The") == .determiner)
        #expect(parsed.arc(".")! == ("called", "punct"))
    }

    @Test func passiveWithAgent() throws {
        let parsed = try Parsed("The bill was signed by the governor on Tuesday.")
        #expect(parsed.arc("bill")! == ("signed", "nsubj:pass"))
        #expect(parsed.arc("was")! == ("signed", "aux:pass"))
        #expect(parsed.arc("governor")! == ("signed", "obl:agent"))
        #expect(parsed.upos("Tuesday") == .properNoun)
    }

    @Test func reportedSpeechAndPossessive() throws {
        let parsed = try Parsed("Her lawyer said the company’s board would meet again next week.")
        #expect(parsed.arc("lawyer")! == ("said", "nsubj"))
        #expect(parsed.arc("Her")! == ("lawyer", "nmod:poss"))
        #expect(parsed.arc("meet")! == ("said", "ccomp"))
        #expect(parsed.arc("board")! == ("meet", "nsubj"))
        #expect(parsed.arc("would")! == ("meet", "aux"))
        #expect(parsed.upos("’s") == .particle)
    }

    @Test func hyphenatedWordsAsBylineTokensThem() throws {
        let parsed = try Parsed("A 30-year-old engineer was arrested in al-Sadr City.")
        #expect(parsed.words.contains("30-year-old"))
        #expect(parsed.arc("30-year-old")?.head == "engineer")
        #expect(parsed.arc("engineer")! == ("arrested", "nsubj:pass"))
    }

    @Test func articleLayerUsesArticleTokenIndices() throws {
        let article = Article.parse("Rain fell. The mayor resigned on Friday.")
        let layer = try Self.model.get().annotate(article)
        let words = article.tokens.map { article.string($0.range) }
        let mayor = try #require(words.firstIndex(of: "mayor"))
        let resigned = try #require(words.firstIndex(of: "resigned"))
        #expect(layer.head[mayor] == resigned && layer.deprel[mayor] == "nsubj")
        #expect(layer.universalRelation(at: mayor) == "nsubj")
        #expect(layer.dependents(of: resigned).contains(mayor))
        #expect(layer.head[resigned] == -1)
    }

    /// A document is annotated with each distinct word shaped and scored once; that must give exactly
    /// what annotating each sentence from its strings gives.
    @Test func documentAnnotationMatchesSentenceBySentence() throws {
        let model = try Self.model.get()
        let text = "The council voted on Monday. The council’s chair said the vote was close, and the chair "
            + "left early. \"We will vote again,\" she said. Voters said the council had voted too often."
        let article = Article.parse(text)
        let layer = model.annotate(Document(article))
        for sentence in article.sentences {
            let range = sentence.tokens
            let syntax = model.annotate(words: range.map { article.string(article.tokens[$0].range) })
            #expect(range.map { layer.upos[$0] } == syntax.upos)
            #expect(range.map { layer.deprel[$0] } == syntax.deprel)
            #expect(range.map { layer.head[$0] < 0 ? -1 : layer.head[$0] - range.lowerBound } == syntax.head)
        }
    }

    @Test func fileRoundTrip() throws {
        let model = try Self.model.get()
        let copy = try SyntaxModel(data: model.encoded())
        #expect(copy.encoded() == model.encoded())
        #expect(throws: ModelFileError.notAModel) { try SyntaxModel(data: Data("not a model".utf8)) }
        #expect(throws: ModelFileError.truncated) { try SyntaxModel(data: model.encoded().prefix(200)) }
    }

    @Test func hashedRowTableFindsItsRows() {
        var random = SplitMix64(seed: 5)
        let keys = (0..<2_000).map { _ in random.next() }
        let classCount = 5
        let weights = (0..<keys.count * classCount).map { Int8(truncatingIfNeeded: $0 % 255 - 127) }
        let scales = keys.indices.map { Float($0 % 7 + 1) / 8 }
        let table = HashedRowTable(classCount: classCount, keys: keys, scales: scales, weights: weights)
        #expect(table.rowCount == keys.count)
        let scores = UnsafeMutablePointer<Float>.allocate(capacity: classCount)
        defer { scores.deallocate() }
        for (row, key) in keys.enumerated() {
            scores.update(repeating: 0, count: classCount)
            table.accumulate(key, into: scores)
            for label in 0..<classCount {
                #expect(scores[label] == scales[row] * Float(weights[row * classCount + label]))
            }
        }
        let copy = HashedRowTable(classCount: classCount, capacity: table.capacity, bytes: table.bytes)
        #expect(Array(copy.bytes) == Array(table.bytes))
    }
}
