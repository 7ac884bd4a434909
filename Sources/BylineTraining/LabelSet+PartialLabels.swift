import BylineCore

/// Training against partial annotation: where a token is `O` in a corpus that does not annotate some
/// kinds (or lies in an unknown span), a label of those "free" kinds is as good as `O`, provided the span
/// it starts can be finished on free tokens.
extension LabelSet {
    /// A bit set of kind indices.
    typealias KindMask = UInt32

    /// Whether predicting `label` agrees with the annotation of a token whose gold label is `gold`,
    /// whose free kinds are `free` and whose successor's are `nextFree` (0 after the last token).
    func accepts(_ label: Int, gold: Int, free: KindMask, nextFree: KindMask) -> Bool {
        if label == gold { return true }
        guard gold == Self.outside, let kind = kindIndex(of: label), free & (1 << kind) != 0 else { return false }
        switch prefix(of: label) {
        case .begin, .inside: return scheme == .bio || nextFree & (1 << kind) != 0
        default: return true
        }
    }

    /// The label training moves towards when a prediction is not accepted: the gold label, or, inside a
    /// free span that `previous` left open (BILOU), the label that closes it.
    func target(gold: Int, previous: Int) -> Int {
        guard gold == Self.outside, scheme == .bilou, let kind = kindIndex(of: previous),
              prefix(of: previous) == .begin || prefix(of: previous) == .inside else { return gold }
        return label(.last, kinds[kind])
    }
}
