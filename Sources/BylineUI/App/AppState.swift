import BylineCore

/// Everything the reader shows, as a value: the analysis, the terminal size, the article wrapped for
/// that size, where it is scrolled to and whether help is open. Only `update` changes it.
public struct AppState: Sendable {
    /// Terminal sides beyond this are taken as this, so arithmetic on sizes cannot overflow.
    public static let maximumSide = 10_000

    public let analysis: Analysis
    /// The key bindings in force.
    public let keymap: Keymap
    /// The terminal's width in cells.
    public internal(set) var width: Int
    /// The terminal's height in cells.
    public internal(set) var height: Int
    /// The article wrapped to the text width of the current size (of the minimum size while the
    /// terminal is smaller than that).
    public internal(set) var layout: ArticleLayout
    /// The index of the first line shown, always within `0...maxTop`.
    public internal(set) var top: Int
    /// Whether the help overlay is open.
    public internal(set) var isHelpShown: Bool
    /// The scalar offset the reader is at: the start of the top line when the user last scrolled.
    /// Re-wrapping after a resize scrolls to the line that holds it, so resizing back and forth
    /// doesn't drift.
    var anchor: Int

    /// The reader at the top of `analysis` on a `width` x `height` terminal.
    public init(analysis: Analysis, width: Int, height: Int, keymap: Keymap = .reader) {
        self.analysis = analysis
        self.keymap = keymap
        self.width = Self.clamped(width)
        self.height = Self.clamped(height)
        self.layout = ArticleLayout(article: analysis.article, width: Self.textWidth(width: self.width, height: self.height))
        self.top = 0
        self.isHelpShown = false
        self.anchor = 0
    }

    /// Where the parts of the screen go for the current size.
    public var geometry: ReaderGeometry { ReaderGeometry(width: width, height: height) }

    /// The number of article lines one screen shows (of the minimum size while the terminal is smaller).
    public var pageHeight: Int { Self.usableGeometry(width: width, height: height).article.height }

    /// The largest `top`: the one that shows the last lines on the last page.
    public var maxTop: Int { max(0, layout.lines.count - pageHeight) }

    static func clamped(_ side: Int) -> Int { min(max(0, side), maximumSide) }

    /// The geometry wrapping and paging use: the real one, or the minimum size's while the terminal is
    /// too small to draw in.
    static func usableGeometry(width: Int, height: Int) -> ReaderGeometry {
        ReaderGeometry(width: max(width, ReaderGeometry.minimumWidth), height: max(height, ReaderGeometry.minimumHeight))
    }

    /// The width the article is wrapped to on a `width` x `height` terminal.
    static func textWidth(width: Int, height: Int) -> Int {
        ArticlePane.textArea(in: usableGeometry(width: width, height: height).article).width
    }
}
