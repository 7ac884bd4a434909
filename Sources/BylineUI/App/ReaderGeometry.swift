/// Where the reader's parts go on a terminal of a given size. Plain `Rect` arithmetic, shared by
/// `AppState` (to wrap, page and scroll) and `Screen` (to draw), so the two always agree.
///
/// At least `columnsMinimumWidth` wide, the panes sit side by side in frames: the article on the left
/// (60%), the entities, quotes and relations panes stacked on the right (those of them shown; with none,
/// the article takes the whole width). Narrower, one pane at a time fills the screen under a tab bar, and
/// every pane shown gets that same area. The status line is the bottom row either way. A pane not shown
/// has an empty area.
public struct ReaderGeometry: Hashable, Sendable {
    /// How the panes are arranged.
    public enum Arrangement: Hashable, Sendable {
        /// Side by side, each in a frame.
        case columns
        /// One at a time under a tab bar, unframed.
        case tabs
    }

    /// The narrowest terminal the reader draws in; narrower ones get "terminal too small".
    public static let minimumWidth = 20
    /// The lowest terminal the reader draws in.
    public static let minimumHeight = 5
    /// The narrowest terminal that gets the side-by-side arrangement.
    public static let columnsMinimumWidth = 100
    /// The article's share of the width in the side-by-side arrangement, in percent.
    static let articleShare = 60

    /// The whole terminal.
    public let screen: Rect
    public let arrangement: Arrangement
    /// The tab bar (empty in the side-by-side arrangement).
    public let tabBar: Rect
    /// The status line.
    public let status: Rect
    /// The panes shown, in `Pane` order, the article always first.
    public let panes: [Pane]
    /// Each shown pane's area, frame included.
    private let areas: [Pane: Rect]

    /// The layout for a terminal of `width` x `height` cells (negative sizes count as zero) showing
    /// `panes` (the article always).
    public init(width: Int, height: Int, panes: [Pane] = Pane.allCases) {
        let panes = Pane.allCases.filter { $0 == .article || panes.contains($0) }
        self.panes = panes
        screen = Rect(x: 0, y: 0, width: width, height: height)
        let main: Rect
        (main, status) = screen.splitBottom(1)
        if screen.width >= Self.columnsMinimumWidth {
            arrangement = .columns
            tabBar = Rect(x: 0, y: 0, width: 0, height: 0)
            let side = Array(panes.dropFirst())
            guard !side.isEmpty else {
                areas = [.article: main]
                return
            }
            let (article, rest) = main.splitLeft(main.width * Self.articleShare / 100)
            var areas: [Pane: Rect] = [.article: article]
            // The first of three gets the odd row, the second of three half the rest; one of two, half.
            var remaining = rest
            for (index, pane) in side.enumerated() {
                let left = side.count - index
                let rows = left == 1 ? remaining.height : left == 2 && side.count == 3 ? remaining.height / 2
                    : (remaining.height + 1) / 2
                let (top, below) = remaining.splitTop(rows)
                areas[pane] = top
                remaining = below
            }
            self.areas = areas
        } else {
            arrangement = .tabs
            let content: Rect
            (tabBar, content) = main.splitTop(1)
            areas = Dictionary(uniqueKeysWithValues: panes.map { ($0, content) })
        }
    }

    /// Whether the terminal is below the minimum size.
    public var isTooSmall: Bool {
        screen.width < Self.minimumWidth || screen.height < Self.minimumHeight
    }

    /// Whether panes are drawn in frames.
    public var isFramed: Bool { arrangement == .columns }

    /// The area of `pane`, frame included.
    public func area(of pane: Pane) -> Rect {
        areas[pane] ?? Rect(x: 0, y: 0, width: 0, height: 0)
    }

    /// The area inside `pane`'s frame (the whole area when unframed).
    public func content(of pane: Pane) -> Rect {
        isFramed ? area(of: pane).inset(columns: 1, rows: 1) : area(of: pane)
    }

    /// The article pane's area, frame included.
    public var article: Rect { area(of: .article) }
}
