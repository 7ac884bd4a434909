/// Where the reader's parts go on a terminal of a given size: the article above, the status line on
/// the bottom row. Plain `Rect` arithmetic, shared by `AppState` (to wrap and page) and `Screen` (to
/// draw), so the two always agree.
public struct ReaderGeometry: Hashable, Sendable {
    /// The narrowest terminal the reader draws in; narrower ones get "terminal too small".
    public static let minimumWidth = 20
    /// The lowest terminal the reader draws in.
    public static let minimumHeight = 5

    /// The whole terminal.
    public let screen: Rect
    /// The article pane.
    public let article: Rect
    /// The status line.
    public let status: Rect

    /// The layout for a terminal of `width` x `height` cells (negative sizes count as zero).
    public init(width: Int, height: Int) {
        screen = Rect(x: 0, y: 0, width: width, height: height)
        (article, status) = screen.splitBottom(1)
    }

    /// Whether the terminal is below the minimum size.
    public var isTooSmall: Bool {
        screen.width < Self.minimumWidth || screen.height < Self.minimumHeight
    }
}
