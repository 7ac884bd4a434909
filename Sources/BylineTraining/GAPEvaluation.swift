import BylineCore

/// GAP's scores for a pronoun resolver: each example's A and B are binary decisions (is it the
/// antecedent?), scored by precision, recall and F1 over those decisions, overall and by the pronoun's
/// gender; accuracy counts examples whose answer (A, B or neither) is right.
public struct GAPEvaluation: Sendable {
    /// Counts for one group of examples.
    public struct Scores: Sendable, Equatable {
        public var examples = 0
        public var correctAnswers = 0
        public var counts = SpanCounts()

        public init() {}

        /// The share of right answers, in percent.
        public var accuracy: Double { examples == 0 ? 0 : 100 * Double(correctAnswers) / Double(examples) }
    }

    public var overall = Scores()
    public var masculine = Scores()
    public var feminine = Scores()

    public init() {}

    /// Runs the linker on each example. The recognizer's mentions (from `findMentions`) are used where
    /// they do not overlap A or B; A and B themselves are given as person mentions, as GAP intends.
    public static func run(_ examples: [GAPExample], gazetteer: Gazetteer,
                           findMentions: (Document) -> [NamedMention] = { _ in [] }) -> GAPEvaluation {
        var evaluation = GAPEvaluation()
        for example in examples {
            let prediction = predict(example, gazetteer: gazetteer, findMentions: findMentions)
            evaluation.add(example, predictedA: prediction.a, predictedB: prediction.b)
        }
        return evaluation
    }

    /// Whether the linker makes the pronoun refer to A and to B.
    public static func predict(_ example: GAPExample, gazetteer: Gazetteer,
                               findMentions: (Document) -> [NamedMention]) -> (a: Bool, b: Bool) {
        let article = Document(Article.parse(example.text))
        let length = article.article.length
        let candidates = [example.a.range, example.b.range].filter { $0.upperBound <= length }
            .map { TextRange(start: $0.lowerBound, end: $0.upperBound) }
        let found = findMentions(article).filter { mention in !candidates.contains { $0.overlaps(mention.range) } }
        let given = candidates.map { NamedMention(range: $0, kind: .person) }
        let entities = EntityLinker.link((found + given).sorted { $0.range < $1.range }, in: article, gazetteer: gazetteer)
        guard let entity = entities.first(where: { entity in
            entity.mentions.contains { $0.form == .pronoun && $0.range.start == example.pronounOffset }
        }) else { return (false, false) }
        func refers(_ candidate: GAPExample.Candidate) -> Bool {
            entity.mentions.contains { $0.range.start < candidate.range.upperBound && candidate.range.lowerBound < $0.range.end }
        }
        return (refers(example.a), refers(example.b))
    }

    /// Counts one example's decisions.
    public mutating func add(_ example: GAPExample, predictedA: Bool, predictedB: Bool) {
        for scores in [\GAPEvaluation.overall, example.isMasculine ? \GAPEvaluation.masculine : \GAPEvaluation.feminine] {
            self[keyPath: scores].examples += 1
            let answerRight = predictedA == example.a.isAntecedent && predictedB == example.b.isAntecedent
            if answerRight { self[keyPath: scores].correctAnswers += 1 }
            for (predicted, gold) in [(predictedA, example.a.isAntecedent), (predictedB, example.b.isAntecedent)] {
                switch (predicted, gold) {
                case (true, true): self[keyPath: scores].counts.truePositives += 1
                case (true, false): self[keyPath: scores].counts.falsePositives += 1
                case (false, true): self[keyPath: scores].counts.falseNegatives += 1
                case (false, false): break
                }
            }
        }
    }

    /// A small table of the scores.
    public var table: String {
        func row(_ name: String, _ scores: Scores) -> String {
            let counts = scores.counts
            return "\(name.padding(toLength: 10, withPad: " ", startingAt: 0)) examples \(scores.examples)  accuracy "
                + percent(scores.accuracy) + "  precision " + percent(counts.precision) + "  recall " + percent(counts.recall)
                + "  F1 " + percent(counts.f1)
        }
        return [row("overall", overall), row("masculine", masculine), row("feminine", feminine)].joined(separator: "\n")
    }

    /// A percentage with one decimal.
    private func percent(_ value: Double) -> String {
        let tenths = Int((value * 10).rounded())
        return "\(tenths / 10).\(tenths % 10)%"
    }
}
