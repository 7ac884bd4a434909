import BylineCore
@testable import BylineTraining
import Testing

/// Wikigold's reader, the spacing guessed for corpora without it, the running-prose view of a corpus
/// and documents scored whole.
@Suite struct WikigoldAndProseTests {
    @Test func readsWikigoldDocumentsWithMiscAsUnknown() {
        let text = """
        Mara I-PER
        Quell I-PER
        joined O
        Tarn I-ORG
        Works I-ORG
        in O
        Velo I-LOC
        . O

        -DOCSTART- O

        The O
        Osprey I-MISC
        Cup I-MISC
        ( O
        Lune I-LOC
        ) O
        . O

        """
        let documents = WikigoldReader.documents(text)
        #expect(documents.count == 2)
        #expect(documents[0].count == 1)
        #expect(documents[0][0].mentions == [AnnotatedSpan(range: 0..<2, kind: .person), AnnotatedSpan(range: 3..<5, kind: .organization),
                                             AnnotatedSpan(range: 6..<7, kind: .place)])
        #expect(documents[1][0].unknown == [1..<3])
        #expect(documents[1][0].mentions == [AnnotatedSpan(range: 4..<5, kind: .place)])
        #expect(documents[1][0].sourceText.text == "The Osprey Cup (Lune).")
    }

    @Test func splitsWikigoldDocumentsInThreeByPlace() {
        let parts = (0..<10).map { CorpusLoader.WikigoldPart(documentIndex: $0) }
        #expect(parts == [.training, .training, .training, .analysis, .heldOut,
                          .training, .training, .training, .analysis, .heldOut])
    }

    @Test func guessesSpacingAroundPunctuationAndQuotes() {
        let tokens = ["He", "said", "\"", "no", "\"", ",", "Ann", "'s", "aide", "(", "42", ")", "said", "."]
        let sentence = AnnotatedSentence(tokens: tokens, mentions: [], spaceAfter: AnnotatedSentence.guessedSpaceAfter(tokens))
        #expect(sentence.sourceText.text == "He said \"no\", Ann's aide (42) said.")
    }

    @Test func runningProseKeepsSentencesAndDropsHeadlinesAndTables() {
        let prose = AnnotatedSentence(tokens: "Officials in Velo said the talks would resume on Monday .".split(separator: " ").map(String.init),
                                      mentions: [AnnotatedSpan(range: 2..<3, kind: .place)])
        let headline = AnnotatedSentence(tokens: "Velo Talks To Resume On Monday After Long Break .".split(separator: " ").map(String.init),
                                         mentions: [])
        let table = AnnotatedSentence(tokens: "Velo 3 Tarn 1 , Lune 2 Osk 2 .".split(separator: " ").map(String.init), mentions: [])
        let short = AnnotatedSentence(tokens: ["Velo", "won", "."], mentions: [])
        let corpus = Corpus(name: "news", annotatedKinds: [.place], isSilver: false, sentences: [prose, headline, table, short])
        let view = corpus.runningProse()
        #expect(view.name == "news-prose")
        #expect(view.sentences.map(\.tokens) == [prose.tokens])
        #expect(view.sentences[0].sourceText.text == "Officials in Velo said the talks would resume on Monday.")
    }

    @Test func scoresADocumentReadWhole() {
        let training = Corpus(name: "synthetic", annotatedKinds: [.person, .place, .organization], isSilver: false,
                              sentences: PerceptronTests.training)
        let recognizer = EntityRecognizer(model: Trainer.train([training], options: PerceptronTests.options()))
        let first = AnnotatedSentence(tokens: ["we", "met", "Zoe", "in", "Lagos", "."],
                                      mentions: [AnnotatedSpan(range: 2..<3, kind: .person), AnnotatedSpan(range: 4..<5, kind: .place)],
                                      spaceAfter: [true, true, true, true, false, true])
        let alone = Corpus(name: "held", annotatedKinds: [.person, .place], isSilver: false, sentences: [first, first])
        var whole = alone
        whole.documents = [0..<2]
        let separately = Evaluation.pipeline(recognizer, gazetteer: Gazetteer(), on: alone)
        let together = Evaluation.pipeline(recognizer, gazetteer: Gazetteer(), on: whole)
        #expect(together.overall.support == 4)
        #expect(together.byKind == separately.byKind)
        #expect(together.mistakes.count == together.overall.falsePositives + together.overall.falseNegatives)
    }
}
