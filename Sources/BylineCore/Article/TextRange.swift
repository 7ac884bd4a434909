/// A half-open span of the article text in Unicode scalar offsets (`start..<end`), the one way every
/// annotation points into the text (see the `byline.analysis/1` contract).
public struct TextRange: Hashable, Sendable, Comparable, CustomStringConvertible {
    /// Offset of the first scalar.
    public var start: Int
    /// Offset one past the last scalar.
    public var end: Int

    /// Creates a span; `start` must not exceed `end`.
    public init(start: Int, end: Int) {
        precondition(start <= end, "TextRange start \(start) exceeds end \(end)")
        self.start = start
        self.end = end
    }

    /// The number of scalars covered.
    public var length: Int { end - start }

    /// Whether the span covers no scalar.
    public var isEmpty: Bool { start == end }

    /// Whether `offset` lies inside the span.
    public func contains(_ offset: Int) -> Bool { offset >= start && offset < end }

    /// Whether `other` lies wholly inside this span.
    public func contains(_ other: TextRange) -> Bool { other.start >= start && other.end <= end }

    /// Whether the two spans share at least one scalar.
    public func overlaps(_ other: TextRange) -> Bool { start < other.end && other.start < end }

    public static func < (lhs: TextRange, rhs: TextRange) -> Bool {
        (lhs.start, lhs.end) < (rhs.start, rhs.end)
    }

    public var description: String { "\(start)..<\(end)" }
}
