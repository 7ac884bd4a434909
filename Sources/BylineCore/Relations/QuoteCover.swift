/// Which quotes cover a point of the text, answered by binary search: quotes sorted by start, with the
/// furthest end reached so far, so the backward scan stops as soon as no earlier quote can reach the point.
struct QuoteCover {
    private let quotes: [Quote]
    private let furthestEnd: [Int]

    init(_ quotes: [Quote]) {
        let sorted = quotes.sorted { $0.range < $1.range }
        var furthest: [Int] = []
        furthest.reserveCapacity(sorted.count)
        for quote in sorted { furthest.append(max(furthest.last ?? 0, quote.range.end)) }
        self.quotes = sorted
        self.furthestEnd = furthest
    }

    /// Whether the candidate's cue lies in a quotation that makes it its speaker's claim: any direct
    /// quote, or reported speech with a speaker for everything but titles (reported speech uses the
    /// writer's words).
    func isClaim(_ candidate: RelationCandidate) -> Bool {
        covering(candidate.cue).contains { QuoteCover.makesClaim($0, candidate.predicate) }
    }

    /// Whether a quote covering a relation's cue makes the relation its speaker's claim.
    static func makesClaim(_ quote: Quote, _ predicate: Predicate) -> Bool {
        quote.kind == .direct || predicate != .title && quote.speaker != nil
    }

    /// The quotes whose span contains the scalar offset `point`.
    func covering(_ point: Int) -> [Quote] {
        var low = 0
        var high = quotes.count
        while low < high {
            let middle = (low + high) / 2
            if quotes[middle].range.start <= point { low = middle + 1 } else { high = middle }
        }
        var found: [Quote] = []
        var index = low - 1
        while index >= 0, furthestEnd[index] > point {
            if quotes[index].range.contains(point) { found.append(quotes[index]) }
            index -= 1
        }
        return found
    }
}
