import BylineCore
@testable import BylineTraining
import Testing

/// The dynamic oracle: following its zero-cost moves rebuilds any projective tree, from the start and
/// after a mistake it still finds the best reachable tree's moves.
@Suite struct ArcHybridOracleTests {
    /// A random projective tree over `count` words (heads 0-based, -1 for the root), built by attaching
    /// each span's words to a root chosen inside the span.
    static func projectiveTree(_ count: Int, random: inout SplitMix64) -> [Int] {
        var heads = [Int](repeating: -1, count: count)
        func build(_ range: Range<Int>, head: Int) {
            guard !range.isEmpty else { return }
            let root = range.lowerBound + random.below(range.count)
            heads[root] = head
            build(range.lowerBound..<root, head: root)
            build(root + 1..<range.upperBound, head: root)
        }
        build(0..<count, head: -1)
        return heads
    }

    /// Runs the parser by the oracle alone (ties to shift, then left) and returns the heads.
    static func followOracle(_ heads: [Int]) -> (heads: [Int], zeroCostEverywhere: Bool) {
        let count = heads.count
        let gold = heads.map { $0 < 0 ? count : $0 }
        var state = ParserState(count: count)
        var zeroEverywhere = true
        while !state.isTerminal {
            let costs = ArcHybridOracle.costs(state, gold: gold)
            let cheapest = costs.min() ?? 0
            if cheapest != 0 { zeroEverywhere = false }
            let move = ParserMove.allCases.first { costs[$0.rawValue] == cheapest }!
            state.apply(move, label: 0)
        }
        return (state.heads.map { $0 == count ? -1 : $0 }, zeroEverywhere)
    }

    @Test func handWrittenTree() {
        // "The senator called the plan a disaster ." as a projective tree.
        let heads = [1, 2, -1, 4, 2, 6, 2, 2]
        let result = Self.followOracle(heads)
        #expect(result.heads == heads && result.zeroCostEverywhere)
    }

    @Test(arguments: [1, 2, 3] as [UInt64])
    func reproducesRandomProjectiveTrees(seed: UInt64) {
        var random = SplitMix64(seed: seed)
        for _ in 0..<300 {
            let heads = Self.projectiveTree(1 + random.below(25), random: &random)
            let result = Self.followOracle(heads)
            #expect(result.heads == heads && result.zeroCostEverywhere, "gold \(heads)")
        }
    }

    @Test func costsCountLostArcs() {
        // Words 0 1 2; gold: 0 ← 1 → 2, 1 the root.
        let gold = [1, 3, 1]
        var state = ParserState(count: 3)
        state.apply(.shift, label: 0)
        // Stack [0], buffer 1: left attaches 0 to 1 (gold); shift would leave 0 under its head for good,
        // and 1, no longer able to reach the bottom of the stack, could not take the root.
        #expect(ArcHybridOracle.costs(state, gold: gold) == [2, 0, Int.max])
        state.apply(.shift, label: 0)
        // Stack [0 1], buffer 2: 1's arcs to 0 and the root are already lost; right and left lose 2.
        let costs = ArcHybridOracle.costs(state, gold: gold)
        #expect(costs[ParserMove.right.rawValue] == 1)
        #expect(costs[ParserMove.left.rawValue] == 1)
        // Shift loses nothing more: 2 can still be attached to 1 by a right move.
        #expect(costs[ParserMove.shift.rawValue] == 0)
    }

    /// From any configuration reached by random moves, the costs of the moves taken add up to the arcs
    /// finally missed: the oracle counts each lost arc once, when it is lost.
    @Test(arguments: [4, 5] as [UInt64])
    func costsAddUpToTheArcsMissed(seed: UInt64) {
        var random = SplitMix64(seed: seed)
        for _ in 0..<300 {
            let heads = Self.projectiveTree(1 + random.below(20), random: &random)
            let count = heads.count
            let gold = heads.map { $0 < 0 ? count : $0 }
            var state = ParserState(count: count)
            var total = 0
            while !state.isTerminal {
                let costs = ArcHybridOracle.costs(state, gold: gold)
                let valid = ParserMove.allCases.filter(state.isValid)
                let move = random.below(3) == 0 ? valid[random.below(valid.count)]
                    : ParserMove.allCases.first { costs[$0.rawValue] == costs.min() }!
                total += costs[move.rawValue]
                state.apply(move, label: 0)
            }
            let missed = (0..<count).filter { state.heads[$0] != gold[$0] }.count
            #expect(total == missed, "gold \(heads)")
        }
    }
}
