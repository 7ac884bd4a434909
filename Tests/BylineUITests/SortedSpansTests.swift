import BylineCore
import Testing
@testable import BylineUI

/// The binary-search lookup every frame uses to find what reaches into a line.
@Suite struct SortedSpansTests {
    @Test func findsWhatABruteForceScanFinds() {
        var random = SystemRandomNumberGenerator()
        for _ in 0..<200 {
            let ranges = (0..<Int.random(in: 0...40, using: &random)).map { _ in
                let start = Int.random(in: 0...300, using: &random)
                return TextRange(start: start, end: start + Int.random(in: 0...60, using: &random))
            }.sorted()
            let spans = SortedSpans(sorted: ranges)
            for _ in 0..<20 {
                let start = Int.random(in: 0...360, using: &random)
                let target = TextRange(start: start, end: start + Int.random(in: 1...40, using: &random))
                let expected = ranges.indices.filter { ranges[$0].overlaps(target) }
                #expect(spans.indices(overlapping: target) == expected, "\(ranges) against \(target)")
                #expect(spans.overlapping(target) == expected.map { ranges[$0] })
            }
        }
    }

    @Test func aLongSpanEarlyStillReachesALaterLine() {
        let spans = SortedSpans(sorted: [TextRange(start: 0, end: 100), TextRange(start: 5, end: 6), TextRange(start: 50, end: 52)])
        #expect(spans.indices(overlapping: TextRange(start: 60, end: 70)) == [0])
        #expect(spans.indices(overlapping: TextRange(start: 100, end: 120)).isEmpty)
    }

    @Test func theFirstIndexSearchFindsTheBoundary() {
        let starts = [2, 4, 4, 9, 15]
        for pageStart in 0...16 {
            let expected = starts.firstIndex { $0 >= pageStart } ?? starts.count
            #expect(AppState.firstIndex(count: starts.count) { starts[$0] >= pageStart } == expected)
        }
        #expect(AppState.firstIndex(count: 0) { _ in true } == 0)
    }
}
