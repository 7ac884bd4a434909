/// A half-open span of the article text in Unicode scalar offsets (`start..<end`), the one way every
/// annotation points into the text (see the `byline.analysis/1` contract).
///
/// The offsets are kept as 32-bit integers (a span is 8 bytes, a token 12): a text of more than 2³¹
/// scalars (8 GB as scalars) is far beyond what the analysis can hold, and making such a span traps.
public struct TextRange: Hashable, Sendable, Comparable, CustomStringConvertible {
    private var lower: Int32
    private var upper: Int32

    /// Offset of the first scalar.
    public var start: Int {
        get { Int(lower) }
        set { lower = Int32(newValue) }
    }

    /// Offset one past the last scalar.
    public var end: Int {
        get { Int(upper) }
        set { upper = Int32(newValue) }
    }

    /// Creates a span; `start` must not exceed `end`.
    public init(start: Int, end: Int) {
        precondition(start <= end, "TextRange start \(start) exceeds end \(end)")
        lower = Int32(start)
        upper = Int32(end)
    }

    /// The number of scalars covered.
    public var length: Int { end - start }

    /// Whether the span covers no scalar.
    public var isEmpty: Bool { lower == upper }

    /// Whether `offset` lies inside the span.
    public func contains(_ offset: Int) -> Bool { offset >= start && offset < end }

    /// Whether `other` lies wholly inside this span.
    public func contains(_ other: TextRange) -> Bool { other.lower >= lower && other.upper <= upper }

    /// Whether the two spans share at least one scalar.
    public func overlaps(_ other: TextRange) -> Bool { lower < other.upper && other.lower < upper }

    public static func < (lhs: TextRange, rhs: TextRange) -> Bool {
        (lhs.lower, lhs.upper) < (rhs.lower, rhs.upper)
    }

    public var description: String { "\(start)..<\(end)" }
}
