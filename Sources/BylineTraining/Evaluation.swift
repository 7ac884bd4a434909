import BylineCore
import Foundation

/// Precision, recall and F1 by kind of one model on one corpus.
public struct Evaluation: Sendable {
    public var corpus: String
    public var byKind: [EntityKind: SpanCounts]
    public var tokens: Int
    /// The pipeline's wrong spans, one line each (`+` a guess not in the gold, `-` a gold span missed):
    /// kind, the span's text and its sentence, for reading what goes wrong.
    public var mistakes: [String] = []

    /// All kinds together (micro-averaged).
    public var overall: SpanCounts { byKind.values.reduce(SpanCounts(), +) }

    /// Scores `recognizer` on `corpus`. Only the kinds the corpus annotates count: predictions of other
    /// kinds, and predictions touching an unknown span, are set aside.
    public static func run(_ recognizer: EntityRecognizer, on corpus: Corpus) -> Evaluation {
        var byKind = emptyCounts(corpus)
        for sentence in corpus.sentences {
            let predicted = recognizer.label(sentence.tokens).filter { span in
                corpus.annotatedKinds.contains(span.kind) && !sentence.unknown.contains { $0.overlaps(span.range) }
            }
            count(gold: sentence.mentions.map { SpanKey(start: $0.range.lowerBound, end: $0.range.upperBound, kind: $0.kind) },
                  guessed: predicted.map { SpanKey(start: $0.range.lowerBound, end: $0.range.upperBound, kind: $0.kind) },
                  into: &byKind)
        }
        return Evaluation(corpus: corpus.name, byKind: byKind, tokens: corpus.tokenCount)
    }

    /// Scores `recognizer` on every held-out split, and on the GMB held-out split in title case.
    public static func heldOut(_ recognizer: EntityRecognizer, _ splits: CorpusLoader.Splits) -> [Evaluation] {
        var results = splits.heldOut.map { run(recognizer, on: $0) }
        for corpus in splits.heldOut where corpus.name == "gmb-heldout" {
            results.append(run(recognizer, on: corpus.titleCased()))
        }
        return results
    }

    /// A span with its kind, in whatever unit the caller measures (token indices or text offsets).
    struct SpanKey: Hashable {
        var start: Int
        var end: Int
        var kind: EntityKind
    }

    /// A zero count for every kind the corpus annotates.
    static func emptyCounts(_ corpus: Corpus) -> [EntityKind: SpanCounts] {
        var byKind: [EntityKind: SpanCounts] = [:]
        for kind in corpus.annotatedKinds { byKind[kind] = SpanCounts() }
        return byKind
    }

    /// Adds one sentence's exact-match counts: a guess is right only if its bounds and kind equal a gold span's.
    static func count(gold: [SpanKey], guessed: [SpanKey], into byKind: inout [EntityKind: SpanCounts]) {
        let gold = Set(gold)
        let guessed = Set(guessed)
        for key in gold.union(guessed) {
            switch (gold.contains(key), guessed.contains(key)) {
            case (true, true): byKind[key.kind, default: SpanCounts()].truePositives += 1
            case (true, false): byKind[key.kind, default: SpanCounts()].falseNegatives += 1
            default: byKind[key.kind, default: SpanCounts()].falsePositives += 1
            }
        }
    }

    /// A plain-text table: one row per kind, then the overall row.
    public var table: String {
        var lines = ["\(corpus) (\(tokens) tokens)", "  kind            P       R      F1   gold"]
        func row(_ name: String, _ counts: SpanCounts) -> String {
            "  " + name.padding(toLength: 12, withPad: " ", startingAt: 0)
                + String(format: "%7.2f %7.2f %7.2f %6d", counts.precision, counts.recall, counts.f1, counts.support)
        }
        for kind in EntityKind.allCases {
            if let counts = byKind[kind] { lines.append(row(kind.rawValue, counts)) }
        }
        lines.append(row("overall", overall))
        return lines.joined(separator: "\n")
    }
}
