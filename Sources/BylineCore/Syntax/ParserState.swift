/// A move of the arc-hybrid transition system (Kuhlmann, Gómez-Rodríguez and Satta 2011).
package enum ParserMove: Int, CaseIterable, Sendable {
    /// Push the first buffer word onto the stack.
    case shift = 0
    /// Make the first buffer word (or the root) the head of the stack top, and pop it.
    case left = 1
    /// Make the word under the stack top its head, and pop it.
    case right = 2
}

/// Which side of its head a dependent is on, or that its head is the root: the contexts in which the
/// parser's label constraints (`ClassLabels`) are given.
package enum ArcDirection: Int, Sendable {
    /// The dependent comes before its head.
    case leftward = 0
    /// The dependent comes after its head.
    case rightward = 1
    /// The dependent is the sentence's root.
    case root = 2

    package static let count = 3
}

/// The configuration of the arc-hybrid parser over a sentence of `count` words, with a virtual root after
/// the last word (Ballesteros and Nivre 2013: the root at the end of the buffer): a stack, the first
/// buffer position (the rest of the buffer is every later word), and the arcs made so far, with each
/// word's outermost children and the labels of its children kept for features.
///
/// Whatever moves are chosen among the valid ones, the parse ends after exactly 2 × `count` moves with a
/// tree: every word gets one head when it is popped, heads are other words or the root, arcs never
/// cross a word still on the stack (so no cycles), and only the last word left may take the root.
package struct ParserState: Sendable {
    /// The number of words; the root has index `count`.
    package let count: Int
    /// Stack of word indices, top last.
    package private(set) var stack: [Int] = []
    /// The first buffer position; `count` when only the root is left.
    package private(set) var buffer = 0
    /// Each word's head (`count` for the root), -1 while it has none.
    package private(set) var heads: [Int]
    /// Each word's label index, -1 while it has no head.
    package private(set) var labels: [Int]
    /// Per word and the root: the leftmost and second leftmost, rightmost and second rightmost children, -1 for none.
    package private(set) var leftmost: [Int]
    package private(set) var secondLeftmost: [Int]
    package private(set) var rightmost: [Int]
    package private(set) var secondRightmost: [Int]
    /// Per word and the root: how many children on each side.
    package private(set) var leftCount: [Int]
    package private(set) var rightCount: [Int]
    /// Per word and the root: the set of labels of its children on each side, one bit per label (mod 64).
    package private(set) var leftLabels: [UInt64]
    package private(set) var rightLabels: [UInt64]

    package init(count: Int) {
        self.count = count
        heads = [Int](repeating: -1, count: count)
        labels = [Int](repeating: -1, count: count)
        leftmost = [Int](repeating: -1, count: count + 1)
        secondLeftmost = leftmost
        rightmost = leftmost
        secondRightmost = leftmost
        leftCount = [Int](repeating: 0, count: count + 1)
        rightCount = leftCount
        leftLabels = [UInt64](repeating: 0, count: count + 1)
        rightLabels = leftLabels
        stack.reserveCapacity(min(count, 256))
    }

    /// Whether the parse is complete.
    package var isTerminal: Bool { stack.isEmpty && buffer == count }

    /// The stack word `depth` from the top (0 is the top), or -1.
    @inline(__always)
    package func stackWord(_ depth: Int) -> Int {
        depth < stack.count ? stack[stack.count - 1 - depth] : -1
    }

    /// The buffer word `offset` after the first (0 is the first; `count` is the root), or -1 past the root.
    @inline(__always)
    package func bufferWord(_ offset: Int) -> Int {
        buffer + offset <= count ? buffer + offset : -1
    }

    /// Whether `move` may be made now.
    @inline(__always)
    package func isValid(_ move: ParserMove) -> Bool {
        switch move {
        case .shift: buffer < count
        case .right: stack.count >= 2
        case .left: !stack.isEmpty && (buffer < count || stack.count == 1)
        }
    }

    /// The arc `move` would make, as (head, dependent); nil for a shift.
    @inline(__always)
    package func arc(for move: ParserMove) -> (head: Int, dependent: Int)? {
        switch move {
        case .shift: nil
        case .left: (buffer, stack[stack.count - 1])
        case .right: (stack[stack.count - 2], stack[stack.count - 1])
        }
    }

    /// The direction of the arc `move` would make (`move` must be an arc).
    @inline(__always)
    package func direction(for move: ParserMove) -> ArcDirection {
        switch move {
        case .right: .rightward
        case .left, .shift: buffer == count ? .root : .leftward
        }
    }

    /// Makes a valid `move`; `label` is the arc's label index (ignored for a shift).
    package mutating func apply(_ move: ParserMove, label: Int) {
        guard let (head, dependent) = arc(for: move) else {
            stack.append(buffer)
            buffer += 1
            return
        }
        stack.removeLast()
        heads[dependent] = head
        labels[dependent] = label
        let bit: UInt64 = 1 << UInt64(label & 63)
        if dependent < head {
            leftCount[head] += 1
            leftLabels[head] |= bit
            if leftmost[head] == -1 || dependent < leftmost[head] {
                secondLeftmost[head] = leftmost[head]
                leftmost[head] = dependent
            } else if secondLeftmost[head] == -1 || dependent < secondLeftmost[head] {
                secondLeftmost[head] = dependent
            }
        } else {
            rightCount[head] += 1
            rightLabels[head] |= bit
            if rightmost[head] == -1 || dependent > rightmost[head] {
                secondRightmost[head] = rightmost[head]
                rightmost[head] = dependent
            } else if secondRightmost[head] == -1 || dependent > secondRightmost[head] {
                secondRightmost[head] = dependent
            }
        }
    }
}
