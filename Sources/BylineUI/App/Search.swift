import BylineCore

/// A search in one article: what was looked for, which way, and where it was found.
public struct Search: Sendable {
    public let query: SearchQuery
    /// Whether `n` goes down the text (`/`) or up (`?`).
    public let isForward: Bool
    /// The matches, sorted and not overlapping.
    public let matches: [TextRange]

    public init(query: SearchQuery, isForward: Bool, in article: Article) {
        self.query = query
        self.isForward = isForward
        self.matches = query.matches(in: article)
    }

    /// The matches that share a scalar with `range`, by binary search.
    func matches(overlapping range: TextRange) -> ArraySlice<TextRange> {
        var low = 0
        var high = matches.count
        while low < high {
            let mid = (low + high) / 2
            if matches[mid].end <= range.start {
                low = mid + 1
            } else {
                high = mid
            }
        }
        var end = low
        while end < matches.count, matches[end].start < range.end {
            end += 1
        }
        return matches[low..<end]
    }
}
