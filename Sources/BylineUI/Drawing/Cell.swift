/// One terminal cell: the grapheme drawn there and its style.
///
/// A wide grapheme occupies its cell and the next; the next holds `Cell.continuation`, which is never
/// painted on its own.
public struct Cell: Hashable, Sendable {
    /// The grapheme cluster shown; already sanitized (no control characters) and of display width 1 or 2.
    public var grapheme: String
    public var style: Style
    /// Whether this cell is the right half of a wide grapheme to its left.
    public var isContinuation: Bool

    public init(grapheme: String, style: Style = .plain, isContinuation: Bool = false) {
        self.grapheme = grapheme
        self.style = style
        self.isContinuation = isContinuation
    }

    /// An empty cell.
    public static let blank = Cell(grapheme: " ")
    /// The right half of a wide grapheme.
    public static let continuation = Cell(grapheme: "", isContinuation: true)
}
