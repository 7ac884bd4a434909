import BylineCore
import BylineTraining
import Testing

/// The GAP reader and scorer on small inline examples.
@Suite struct GAPReaderTests {
    static let file = """
        ID\tText\tPronoun\tPronoun-offset\tA\tA-offset\tA-coref\tB\tB-offset\tB-coref\tURL
        t-1\tJohn Ward met Paul Reed. He smiled.\tHe\t25\tJohn Ward\t0\tTRUE\tPaul Reed\t14\tFALSE\thttp://x
        t-2\tAnna Cole thanked Maria Diaz. She left.\tShe\t30\tAnna Cole\t0\tFALSE\tMaria Diaz\t18\tFALSE\thttp://y
        broken line
        """

    @Test func readsEveryWellFormedRow() {
        let examples = GAPReader.read(Self.file)
        #expect(examples.count == 2)
        #expect(examples.first?.id == "t-1")
        #expect(examples.first?.pronoun == "He")
        #expect(examples.first?.pronounOffset == 25)
        #expect(examples.first?.a == GAPExample.Candidate(name: "John Ward", offset: 0, isAntecedent: true))
        #expect(examples.first?.b.range == 14..<23)
        #expect(examples.first?.isMasculine == true)
        #expect(examples.last?.isMasculine == false)
        #expect(examples.last?.a.isAntecedent == false)
    }

    @Test func scoresDecisionsAsGAPDoes() throws {
        let examples = GAPReader.read(Self.file)
        let evaluation = GAPEvaluation.run(examples, gazetteer: try Gazetteer.bundled())
        #expect(evaluation.overall.examples == 2)
        #expect(evaluation.masculine.correctAnswers == 1)
        #expect(evaluation.masculine.counts.truePositives == 1)
        #expect(evaluation.feminine.counts.falsePositives == 1)
        #expect(evaluation.feminine.correctAnswers == 0)
    }

    @Test func countsBothDecisionsOfAnExample() {
        var evaluation = GAPEvaluation()
        let example = GAPExample(id: "x", text: "", pronoun: "her", pronounOffset: 0,
                                 a: .init(name: "A", offset: 0, isAntecedent: false),
                                 b: .init(name: "B", offset: 0, isAntecedent: true))
        evaluation.add(example, predictedA: true, predictedB: false)
        #expect(evaluation.feminine.counts.falsePositives == 1)
        #expect(evaluation.feminine.counts.falseNegatives == 1)
        #expect(evaluation.overall.accuracy == 0)
        #expect(evaluation.masculine.examples == 0)
    }
}
