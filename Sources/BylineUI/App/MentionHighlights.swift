import BylineCore

/// The name mentions of all entities as spans sorted by start, to find those on a line quickly.
///
/// Spans may overlap, so a running maximum of their ends lets a binary search find the first span that
/// can reach into a range; the scan stops at the first span starting past it. Only `.name` mentions
/// are kept: titles, nominals and pronouns are highlighted only while their entity is selected.
public struct MentionHighlights: Sendable {
    /// A highlighted span and the kind of the entity it names.
    public struct Span: Hashable, Sendable {
        public var range: TextRange
        public var kind: EntityKind
    }

    /// The spans, sorted by start.
    public let spans: [Span]
    /// `maxEnds[i]` is the largest end among `spans[0...i]`.
    private let maxEnds: [Int]

    /// The name mentions of `entities`.
    public init(entities: [Entity]) {
        let spans = entities.flatMap { entity in
            entity.mentions.filter { $0.form == .name }.map { Span(range: $0.range, kind: entity.kind) }
        }.sorted { $0.range < $1.range }
        self.spans = spans
        self.maxEnds = Self.runningMaxEnds(spans.map(\.range))
    }

    /// The spans that share at least one scalar with `range`, in order of start.
    public func spans(overlapping range: TextRange) -> [Span] {
        Self.overlapping(range, in: spans, maxEnds: maxEnds, range: \.range)
    }

    /// The elements of `sorted` (sorted by start, with `maxEnds` their running maximum of ends) whose
    /// range shares a scalar with `target`.
    static func overlapping<T>(_ target: TextRange, in sorted: [T], maxEnds: [Int], range: (T) -> TextRange) -> [T] {
        var low = 0
        var high = sorted.count
        while low < high {
            let mid = (low + high) / 2
            if maxEnds[mid] <= target.start {
                low = mid + 1
            } else {
                high = mid
            }
        }
        var found: [T] = []
        var index = low
        while index < sorted.count, range(sorted[index]).start < target.end {
            if range(sorted[index]).overlaps(target) {
                found.append(sorted[index])
            }
            index += 1
        }
        return found
    }

    /// The running maximum of the ends of `ranges`.
    static func runningMaxEnds(_ ranges: [TextRange]) -> [Int] {
        var largest = Int.min
        return ranges.map { range in
            largest = max(largest, range.end)
            return largest
        }
    }
}
