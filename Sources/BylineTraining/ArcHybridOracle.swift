import BylineCore

/// Goldberg and Nivre's dynamic oracle for the arc-hybrid system: the number of gold arcs a move makes
/// unreachable from the current configuration. Exact for projective gold trees (a zero-cost move always
/// exists, and following zero-cost moves rebuilds the tree); for non-projective ones it still counts
/// the arcs each move loses, and training follows the cheapest move.
///
/// With the root at the end of the buffer and a single root, only the bottom of the stack can still take
/// the root: a word whose gold head is the root loses that arc when it is shifted onto a non-empty stack.
package enum ArcHybridOracle {
    /// The cost of each move (`ParserMove.rawValue` order); `Int.max` for invalid ones. `gold` holds each
    /// word's gold head, with `state.count` for the root.
    package static func costs(_ state: ParserState, gold: [Int]) -> [Int] {
        let stack = state.stack
        let b0 = state.buffer
        let count = state.count
        var result = [Int](repeating: Int.max, count: 3)
        if state.isValid(.shift) {
            // b0 can no longer take a head from the stack below the top, nor dependents from the stack.
            var cost = !stack.isEmpty && gold[b0] == count ? 1 : 0
            for (position, word) in stack.enumerated() {
                if gold[word] == b0 { cost += 1 }
                if position < stack.count - 1, gold[b0] == word { cost += 1 }
            }
            result[ParserMove.shift.rawValue] = cost
        }
        guard let s0 = stack.last else { return result }
        // Dependents of s0 still in the buffer are lost by any pop.
        var bufferDependents = 0
        for word in b0..<count where gold[word] == s0 { bufferDependents += 1 }
        let s1 = stack.count >= 2 ? stack[stack.count - 2] : -1
        // A root arc is still reachable only for the bottom of the stack.
        let headReachable = gold[s0] == count ? stack.count == 1 : gold[s0] >= b0 || gold[s0] == s1
        if state.isValid(.left) {
            let headLost = headReachable && gold[s0] != b0
            result[ParserMove.left.rawValue] = bufferDependents + (headLost ? 1 : 0)
        }
        if state.isValid(.right) {
            let headLost = headReachable && gold[s0] != s1
            result[ParserMove.right.rawValue] = bufferDependents + (headLost ? 1 : 0)
        }
        return result
    }
}
