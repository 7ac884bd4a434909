/// The labels of a sequence labeller: `O` (index 0) and one label per kind and span position.
///
/// Label `1 + k * prefixes.count + p` is prefix `p` of kind `k`. The set also knows which label may
/// follow which, so that a greedy decoder only ever makes well-formed span sequences.
package struct LabelSet: Hashable, Sendable {
    /// The index of the outside label.
    package static let outside = 0

    package let scheme: LabelScheme
    /// The entity kinds, in label order.
    package let kinds: [EntityKind]
    private let prefixes: [LabelPrefix]
    /// `allows` precomputed: index `(isLast ? count * count : 0) + previous * count + label`.
    private var transitions: [Bool] = []

    package init(scheme: LabelScheme, kinds: [EntityKind]) {
        self.scheme = scheme
        self.kinds = kinds
        self.prefixes = scheme.prefixes
        var transitions: [Bool] = []
        for isLast in [false, true] {
            for previous in 0..<count {
                for label in 0..<count {
                    transitions.append(computeAllows(label, after: previous, isLast: isLast))
                }
            }
        }
        self.transitions = transitions
    }

    /// The number of labels, `O` included.
    package var count: Int { 1 + kinds.count * prefixes.count }

    /// The label for a kind's position, or `O` if the kind is not in the set.
    package func label(_ prefix: LabelPrefix, _ kind: EntityKind) -> Int {
        guard let k = kinds.firstIndex(of: kind), let p = prefixes.firstIndex(of: prefix) else { return Self.outside }
        return 1 + k * prefixes.count + p
    }

    /// The position part of a label; nil for `O`.
    package func prefix(of label: Int) -> LabelPrefix? {
        label == Self.outside ? nil : prefixes[(label - 1) % prefixes.count]
    }

    /// The index into `kinds` of a label's kind; nil for `O`.
    package func kindIndex(of label: Int) -> Int? {
        label == Self.outside ? nil : (label - 1) / prefixes.count
    }

    /// A readable name such as "B-person", for messages.
    package func name(of label: Int) -> String {
        guard let prefix = prefix(of: label), let kind = kindIndex(of: label) else { return "O" }
        let letter = switch prefix {
        case .begin: "B"
        case .inside: "I"
        case .last: "L"
        case .unit: "U"
        }
        return "\(letter)-\(kinds[kind].rawValue)"
    }

    /// Whether a span is open after `label`, so that the next label must continue it (BILOU only).
    private func isOpen(_ label: Int) -> Bool {
        scheme == .bilou && (prefix(of: label) == .begin || prefix(of: label) == .inside)
    }

    /// Whether `label` may follow `previous` (`O` before the first token); `isLast` marks the final token.
    @inline(__always)
    package func allows(_ label: Int, after previous: Int, isLast: Bool) -> Bool {
        transitions[(isLast ? count * count : 0) + previous * count + label]
    }

    private func computeAllows(_ label: Int, after previous: Int, isLast: Bool) -> Bool {
        let prefix = prefix(of: label)
        switch scheme {
        case .bio:
            guard prefix == .inside else { return true }
            return kindIndex(of: previous) == kindIndex(of: label) && previous != Self.outside
        case .bilou:
            if isLast, prefix == .begin || prefix == .inside { return false }
            if isOpen(previous) {
                return (prefix == .inside || prefix == .last) && kindIndex(of: previous) == kindIndex(of: label)
            }
            return prefix == nil || prefix == .begin || prefix == .unit
        }
    }

    /// The labels of a sentence of `length` tokens with the given spans (token ranges, non-overlapping).
    package func encode(_ spans: [(range: Range<Int>, kind: EntityKind)], length: Int) -> [Int] {
        var labels = [Int](repeating: Self.outside, count: length)
        for span in spans where !span.range.isEmpty && kinds.contains(span.kind) {
            for index in span.range {
                let position: LabelPrefix = switch scheme {
                case .bio: index == span.range.lowerBound ? .begin : .inside
                case .bilou:
                    span.range.count == 1 ? .unit
                        : index == span.range.lowerBound ? .begin
                        : index == span.range.upperBound - 1 ? .last : .inside
                }
                labels[index] = label(position, span.kind)
            }
        }
        return labels
    }

    /// The spans a label sequence spells. Lenient: a stray inside or last label starts a span, and an
    /// open span ends at the next label that does not continue it.
    package func decode(_ labels: [Int]) -> [(range: Range<Int>, kind: EntityKind)] {
        var spans: [(range: Range<Int>, kind: EntityKind)] = []
        var open: (start: Int, kind: Int)?
        func close(at end: Int) {
            if let current = open { spans.append((current.start..<end, kinds[current.kind])) }
            open = nil
        }
        for (index, label) in labels.enumerated() {
            guard let prefix = prefix(of: label), let kind = kindIndex(of: label) else {
                close(at: index)
                continue
            }
            let continues = open?.kind == kind && (prefix == .inside || prefix == .last)
            if !continues {
                close(at: index)
                open = (index, kind)
            }
            if prefix == .last || prefix == .unit {
                close(at: index + 1)
            }
        }
        close(at: labels.count)
        return spans
    }
}
