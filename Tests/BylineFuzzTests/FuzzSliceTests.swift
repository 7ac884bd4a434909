import BylineCore
import BylineFuzz
import Testing

/// A bounded slice of `byline-bench fuzz` in the test suite: the same generators and invariants, a fixed
/// seed, every shape in turn (a trap here ends the test process, which fails the run as surely).
@Suite struct FuzzSliceTests {
    /// Enough cases for every shape several times, few enough for a debug build on a busy machine.
    /// (132 cases took 25 s in a debug build at a load average of 13 on two cores.)
    static let cases = 88

    @Test func generatedInputsKeepTheInvariants() throws {
        let models = try AnalysisModels.bundled()
        let generator = FuzzGenerator.standard(gazetteer: models.gazetteer, maxLength: 150)
        var failures: [String] = []
        for number in 0..<Self.cases {
            let fuzzCase = generator.make(seed: 2026, number: number)
            let problems = FuzzCheck.violations(fuzzCase.text, models: models, syntax: number % 2 == 1)
            if !problems.isEmpty, failures.count < 5 {
                failures.append("case \(number) (\(fuzzCase.shape.rawValue)) \(fuzzCase.text.debugDescription): \(problems)")
            }
        }
        #expect(failures == [])
    }

    @Test func casesAreReproducibleAndVaried() {
        let generator = FuzzGenerator(articles: SeedArticles.all, titles: ["president"], cues: ["said"], maxLength: 300)
        let first = (0..<44).map { generator.make(seed: 9, number: $0).text }
        #expect(first == (0..<44).map { generator.make(seed: 9, number: $0).text })
        #expect(Set(first).count > 40)
        #expect(generator.make(seed: 10, number: 0).text != generator.make(seed: 9, number: 0).text)
        #expect(Set((0..<44).map { FuzzShape.of(case: $0) }) == Set(FuzzShape.allCases))
    }

    @Test func prefixesEndAtEveryTokenBoundary() {
        let article = "Mayor Ruiz backs the\nplan."
        let generator = FuzzGenerator(articles: [article], titles: [], cues: [], maxLength: 100)
        let shapes = FuzzShape.allCases.count
        let index = FuzzShape.allCases.firstIndex(of: .prefix)!
        let prefixes = Set((0..<12).map { generator.make(seed: 0, number: index + $0 * shapes).text })
        #expect(prefixes.isSuperset(of: ["Mayor", "Mayor Ruiz", "Mayor Ruiz backs the", "Mayor Ruiz backs the\n",
                                         "Mayor Ruiz backs the\nplan", "Mayor Ruiz backs the\nplan."]))
    }

    @Test func theInvariantsCatchBrokenJSON() {
        let text = "Ann said it."
        let json = """
            {"schema": "byline.analysis/1", "source": "fuzz", "text_length": 12, "title": null, "byline": [],
             "paragraphs": [{"start": 0, "end": 13}], "sentences": [{"start": 0, "end": 12}],
             "entities": [{"id": "E1", "type": "person", "name": "Ann", "mentions": [{"start": 0, "end": 3, "text": "Anne", "form": "name"}]}],
             "quotes": [{"id": "Q1", "kind": "indirect", "start": 9, "end": 11, "text": "it", "speaker": "E2",
                         "speaker_mention": null, "cue": null, "addressee": null, "addressee_mention": null, "confidence": 0.5}],
             "relations": []}
            """
        let problems = AnalysisInvariants.violations(json: Array(json.utf8), text: text, source: "fuzz")
        #expect(problems.count == 3, "\(problems)")
        #expect(AnalysisInvariants.violations(json: Array("{\"schema\":".utf8), text: text, source: "fuzz").count == 1)
    }

    @Test func aSpanMustNotSplitACharacter() {
        let text = "Cafe\u{301} x"
        func paragraphs(_ spans: String) -> [String] {
            let json = """
                {"schema": "byline.analysis/1", "source": "fuzz", "text_length": 7, "paragraphs": [\(spans)],
                 "sentences": [], "entities": [], "quotes": [], "relations": []}
                """
            return AnalysisInvariants.violations(json: Array(json.utf8), text: text, source: "fuzz")
        }
        #expect(paragraphs(#"{"start": 0, "end": 4}"#) == [#"paragraphs[0] 0..<4 splits a character"#])
        #expect(paragraphs(#"{"start": 0, "end": 5}, {"start": 6, "end": 7}"#) == [])
    }
}
