import BylineCore
@testable import BylineTraining
import Testing

/// The perceptron on a tiny synthetic task: a capitalized word after "met" is a person, a capitalized
/// word after "in" is a place, and the word "Acme" with whatever follows "Acme" in capitals is an
/// organization.
@Suite struct PerceptronTests {
    static let training: [AnnotatedSentence] = {
        let people = ["Alice", "Bob", "Carol", "Dave", "Erin", "Frank", "Grace", "Heidi"]
        let places = ["Paris", "Lima", "Oslo", "Quito", "Rome", "Accra", "Hanoi", "Perth"]
        var sentences: [AnnotatedSentence] = []
        for (index, person) in people.enumerated() {
            let place = places[(index * 3) % places.count]
            sentences.append(AnnotatedSentence(
                tokens: ["we", "met", person, "in", place, "yesterday", "."],
                mentions: [AnnotatedSpan(range: 2..<3, kind: .person), AnnotatedSpan(range: 4..<5, kind: .place)]))
            sentences.append(AnnotatedSentence(
                tokens: ["they", "work", "for", "Acme", "Holdings", "in", place, "."],
                mentions: [AnnotatedSpan(range: 3..<5, kind: .organization), AnnotatedSpan(range: 6..<7, kind: .place)]))
        }
        return sentences
    }()

    static func options() -> TrainingOptions {
        var options = TrainingOptions()
        options.epochs = 10
        options.headlineRate = 0
        options.pruneThreshold = 0
        return options
    }

    @Test func learnsTheSyntheticTask() {
        let corpus = Corpus(name: "synthetic", annotatedKinds: [.person, .place, .organization], isSilver: false, sentences: Self.training)
        let recognizer = EntityRecognizer(model: Trainer.train([corpus], options: Self.options()))
        let spans = recognizer.label(["we", "met", "Zoe", "in", "Lagos", "yesterday", "."])
        #expect(spans.map(\.range) == [2..<3, 4..<5])
        #expect(spans.map(\.kind) == [.person, .place])
        let organization = recognizer.label(["they", "work", "for", "Acme", "Widgets", "in", "Kyiv", "."])
        #expect(organization.map(\.range) == [3..<5, 6..<7])
        #expect(organization.map(\.kind) == [.organization, .place])
    }

    @Test func partialLabelsLeaveUnannotatedKindsAlone() {
        // One corpus marks people only; a second marks dates. With partial labels the first corpus's O
        // on dates does not teach the model that dates are O.
        let people = Corpus(name: "people", annotatedKinds: [.person], isSilver: false, sentences: (0..<12).map { index in
            AnnotatedSentence(tokens: ["Ann\(index)", "left", "on", "Monday", "."], mentions: [AnnotatedSpan(range: 0..<1, kind: .person)])
        })
        let dates = Corpus(name: "dates", annotatedKinds: [.date], isSilver: false, sentences: (0..<3).map { _ in
            AnnotatedSentence(tokens: ["it", "rained", "on", "Monday", "."], mentions: [AnnotatedSpan(range: 3..<4, kind: .date)])
        })
        var options = Self.options()
        options.kinds = [.person, .date]
        options.partialLabels = true
        let recognizer = EntityRecognizer(model: Trainer.train([people, dates], options: options))
        #expect(recognizer.label(["Ann3", "left", "on", "Monday", "."]).contains { $0.kind == .date && $0.range == 3..<4 })
    }

    @Test func partialAcceptanceFollowsTheScheme() {
        let labels = LabelSet(scheme: .bilou, kinds: [.person, .date])
        let dateBit: LabelSet.KindMask = 1 << 1
        let beginDate = labels.label(.begin, .date)
        #expect(labels.accepts(labels.label(.unit, .date), gold: LabelSet.outside, free: dateBit, nextFree: 0))
        #expect(!labels.accepts(beginDate, gold: LabelSet.outside, free: dateBit, nextFree: 0))
        #expect(labels.accepts(beginDate, gold: LabelSet.outside, free: dateBit, nextFree: dateBit))
        #expect(!labels.accepts(labels.label(.unit, .person), gold: LabelSet.outside, free: dateBit, nextFree: 0))
        #expect(labels.target(gold: LabelSet.outside, previous: beginDate) == labels.label(.last, .date))
    }
}
