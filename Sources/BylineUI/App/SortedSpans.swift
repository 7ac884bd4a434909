import BylineCore

/// Text ranges sorted by start, with the running maximum of their ends, so the ranges that reach into a
/// given range (a screen line, a page) are found by binary search: the first that can reach into it is
/// the first whose running maximum end passes its start, and the scan stops at the first range starting
/// past its end. Ranges may overlap. Built once, then asked once per visible line: the cost of a frame
/// does not grow with the article.
public struct SortedSpans: Sendable {
    /// The ranges, sorted by start.
    public let ranges: [TextRange]
    /// `maxEnds[i]` is the largest end among `ranges[0...i]`.
    private let maxEnds: [Int]

    /// `ranges`, which must be sorted by start.
    public init(sorted ranges: [TextRange]) {
        self.ranges = ranges
        var largest = Int.min
        self.maxEnds = ranges.map { range in
            largest = max(largest, range.end)
            return largest
        }
    }

    /// The indices in `ranges` of the ranges that share at least one scalar with `target`, in order.
    public func indices(overlapping target: TextRange) -> [Int] {
        var low = 0
        var high = ranges.count
        while low < high {
            let mid = (low + high) / 2
            if maxEnds[mid] <= target.start {
                low = mid + 1
            } else {
                high = mid
            }
        }
        var found: [Int] = []
        var index = low
        while index < ranges.count, ranges[index].start < target.end {
            if ranges[index].overlaps(target) {
                found.append(index)
            }
            index += 1
        }
        return found
    }

    /// The ranges that share at least one scalar with `target`, in order.
    public func overlapping(_ target: TextRange) -> [TextRange] {
        indices(overlapping: target).map { ranges[$0] }
    }
}
