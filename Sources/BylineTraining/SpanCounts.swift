/// Exact-span match counts (the CoNLL convention: a predicted span counts only if its boundaries and
/// kind are both right) with precision, recall and F1 in percent.
public struct SpanCounts: Hashable, Sendable {
    public var truePositives = 0
    public var falsePositives = 0
    public var falseNegatives = 0

    public init() {}

    public var precision: Double { ratio(truePositives, truePositives + falsePositives) }
    public var recall: Double { ratio(truePositives, truePositives + falseNegatives) }
    public var f1: Double {
        precision + recall == 0 ? 0 : 2 * precision * recall / (precision + recall)
    }
    /// The number of gold spans.
    public var support: Int { truePositives + falseNegatives }

    static func + (lhs: SpanCounts, rhs: SpanCounts) -> SpanCounts {
        var sum = lhs
        sum.truePositives += rhs.truePositives
        sum.falsePositives += rhs.falsePositives
        sum.falseNegatives += rhs.falseNegatives
        return sum
    }

    private func ratio(_ part: Int, _ whole: Int) -> Double {
        whole == 0 ? 0 : 100 * Double(part) / Double(whole)
    }
}
