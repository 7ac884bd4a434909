import BylineCore
@testable import BylineTraining
import Testing

/// Held-out sentences rebuilt as text, and the whole recognition stage scored on them.
@Suite struct PipelineEvaluationTests {
    @Test func sourceTextHonoursTheCorpusSpacing() {
        let sentence = AnnotatedSentence(tokens: ["Obama", "'s", "visit", "."], mentions: [],
                                         spaceAfter: [false, true, false, true])
        let (text, starts, ends) = sentence.sourceText
        #expect(text == "Obama's visit.")
        #expect(starts == [0, 5, 8, 13])
        #expect(ends == [5, 7, 13, 14])
    }

    @Test func sourceTextSpacesEveryTokenWithoutSpacing() {
        let sentence = AnnotatedSentence(tokens: ["Café", "Zoë", "."], mentions: [])
        let (text, starts, ends) = sentence.sourceText
        #expect(text == "Café Zoë .")
        #expect(starts == [0, 5, 9])
        #expect(ends == [4, 8, 10])
    }

    @Test func joiningHyphensKeepsTheSpacing() {
        let sentence = AnnotatedSentence(tokens: ["an", "Oslo", "-", "based", "firm", "."], mentions: [])
            .joiningHyphens(spaceAfter: [true, false, false, true, false, true])
        #expect(sentence.tokens == ["an", "Oslo-based", "firm", "."])
        #expect(sentence.spaceAfter == [true, true, false, true])
        #expect(sentence.sourceText.text == "an Oslo-based firm.")
    }

    @Test func scoresExactSpansOfTheRecognitionStage() {
        let training = Corpus(name: "synthetic", annotatedKinds: [.person, .place, .organization], isSilver: false,
                              sentences: PerceptronTests.training)
        let recognizer = EntityRecognizer(model: Trainer.train([training], options: PerceptronTests.options()))
        let tokens = ["we", "met", "Zoe", "in", "Lagos", "yesterday", "."]
        let spacing = [true, true, true, true, true, false, true]
        let right = AnnotatedSentence(tokens: tokens, mentions: [AnnotatedSpan(range: 2..<3, kind: .person),
                                                                 AnnotatedSpan(range: 4..<5, kind: .place)], spaceAfter: spacing)
        let wrongBounds = AnnotatedSentence(tokens: tokens, mentions: [AnnotatedSpan(range: 2..<3, kind: .person),
                                                                       AnnotatedSpan(range: 4..<6, kind: .place)], spaceAfter: spacing)
        let corpus = Corpus(name: "held", annotatedKinds: [.person, .place], isSilver: false, sentences: [right, wrongBounds])
        let evaluation = Evaluation.pipeline(recognizer, gazetteer: Gazetteer(), on: corpus)
        #expect(evaluation.byKind[.person] == counts(truePositives: 2, falsePositives: 0, falseNegatives: 0))
        #expect(evaluation.byKind[.place] == counts(truePositives: 1, falsePositives: 1, falseNegatives: 1))
        #expect(Evaluation.comparison(modelOnly: [Evaluation.run(recognizer, on: corpus)], pipeline: [evaluation])
            .contains("held"))
    }

    @Test func setsAsideMentionsOnUnknownSpans() {
        let training = Corpus(name: "synthetic", annotatedKinds: [.person, .place, .organization], isSilver: false,
                              sentences: PerceptronTests.training)
        let recognizer = EntityRecognizer(model: Trainer.train([training], options: PerceptronTests.options()))
        let sentence = AnnotatedSentence(tokens: ["we", "met", "Zoe", "in", "Lagos", "."], mentions: [],
                                         unknown: [4..<5], spaceAfter: [true, true, true, true, false, true])
        let corpus = Corpus(name: "held", annotatedKinds: [.place], isSilver: false, sentences: [sentence])
        #expect(Evaluation.pipeline(recognizer, gazetteer: Gazetteer(), on: corpus).overall.falsePositives == 0)
    }

    private func counts(truePositives: Int, falsePositives: Int, falseNegatives: Int) -> SpanCounts {
        var counts = SpanCounts()
        counts.truePositives = truePositives
        counts.falsePositives = falsePositives
        counts.falseNegatives = falseNegatives
        return counts
    }
}
