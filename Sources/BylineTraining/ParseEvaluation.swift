import Foundation
import BylineCore

/// Scores predicted tags and trees against gold ones with the gold tokenization, as the CoNLL 2018 shared
/// task does: every word counts, punctuation included; LAS compares the universal relation (the part
/// before any ":"), and `labelledFull` also the subtype.
public struct ParseEvaluation: Sendable, Equatable {
    public var words = 0
    public var correctTags = 0
    public var correctHeads = 0
    public var correctLabelled = 0
    public var correctLabelledFull = 0

    public init() {}

    public var uposAccuracy: Double { ratio(correctTags) }
    public var uas: Double { ratio(correctHeads) }
    public var las: Double { ratio(correctLabelled) }
    public var lasWithSubtypes: Double { ratio(correctLabelledFull) }

    private func ratio(_ count: Int) -> Double { words == 0 ? 0 : Double(count) / Double(words) }

    /// Adds one sentence: gold words against the predicted syntax of the same words.
    public mutating func add(gold: CoNLLUSentence, predicted: SentenceSyntax) {
        for (index, word) in gold.words.enumerated() where index < predicted.head.count {
            words += 1
            if word.upos == predicted.upos[index].rawValue { correctTags += 1 }
            guard let goldHead = word.head, goldHead == predicted.head[index] + 1 else { continue }
            correctHeads += 1
            if Self.universal(word.deprel) == Self.universal(predicted.deprel[index]) { correctLabelled += 1 }
            if word.deprel == predicted.deprel[index] { correctLabelledFull += 1 }
        }
    }

    /// Parses every sentence with `model` from its gold words and scores the result.
    public static func evaluate(_ model: SyntaxModel, on sentences: [CoNLLUSentence]) -> ParseEvaluation {
        var evaluation = ParseEvaluation()
        for sentence in sentences where !sentence.words.isEmpty {
            evaluation.add(gold: sentence, predicted: model.annotate(words: sentence.words.map(\.form)))
        }
        return evaluation
    }

    static func universal(_ relation: String) -> Substring {
        relation.prefix { $0 != ":" }
    }

    /// One line: "UPOS 95.12  UAS 87.34  LAS 84.56  (LAS with subtypes 83.90) over N words".
    public var summary: String {
        func format(_ value: Double) -> String { String(format: "%.2f", 100 * value) }
        return "UPOS \(format(uposAccuracy))  UAS \(format(uas))  LAS \(format(las))  (LAS with subtypes \(format(lasWithSubtypes))) over \(words) words"
    }
}

extension CoNLLUSentence {
    /// The sentence with predicted UPOS, HEAD and DEPREL; LEMMA, XPOS, FEATS and DEPS blanked ("_") since
    /// they would be the input's gold values; ID, FORM, MISC, comments and multiword tokens kept.
    public func replacingSyntax(_ syntax: SentenceSyntax) -> CoNLLUSentence {
        var result = self
        for index in result.words.indices where index < syntax.head.count {
            result.words[index].lemma = "_"
            result.words[index].xpos = "_"
            result.words[index].feats = "_"
            result.words[index].deps = "_"
            result.words[index].upos = syntax.upos[index].rawValue
            result.words[index].head = syntax.head[index] + 1
            result.words[index].deprel = syntax.deprel[index]
        }
        return result
    }
}
