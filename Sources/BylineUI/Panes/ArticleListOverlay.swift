/// The list of open articles (`0`): a bordered box centred in the area, two rows per article, its
/// number and title, then its source and how many quotes and speakers it has ("analysing…" while its
/// analysis runs). The article shown is marked `›`, the selected one patched with `ui.selection`.
/// Drawn in `ui.help`, titles in `ui.help.key`, the second rows in `ui.gutter` over `ui.help`.
public struct ArticleListOverlay: Sendable {
    /// One article's line.
    public struct Entry: Hashable, Sendable {
        public var title: String
        public var source: String
        /// "12 quotes · 4 speakers", or the analysis's progress.
        public var detail: String
    }

    public let entries: [Entry]
    /// The index of the article shown.
    public let current: Int
    /// The index of the selected article.
    public let selected: Int
    /// The index of the first article shown.
    public let top: Int

    /// The rows each article takes.
    static let rowsPerArticle = 2
    /// The title in the top border.
    static let title = " Articles "
    /// The widest the box gets.
    static let maximumWidth = 90

    public init(entries: [Entry], current: Int, selected: Int, top: Int) {
        self.entries = entries
        self.current = current
        self.selected = selected
        self.top = top
    }

    /// The list for `state`'s open articles.
    public init(state: AppState) {
        self.init(entries: state.articles.map { article in
            let quotes = article.quoteList.quotes.count
            let speakers = article.speakerCount
            let detail = article.pendingAnalysis.map { $0.progress }
                ?? "\(quotes) quote\(quotes == 1 ? "" : "s") · \(speakers) speaker\(speakers == 1 ? "" : "s")"
            return Entry(title: article.title, source: article.analysis.source, detail: detail)
        }, current: state.current, selected: state.articleList.selected ?? state.current, top: state.articleList.top)
    }

    /// The rows of the list that show at once in an area `height` rows high: less the border.
    static func pageHeight(in height: Int) -> Int { max(1, height - 2) }

    /// Draws the box centred in `area`, over what is there.
    public func render(into buffer: inout Buffer, area: Rect, theme: Theme) {
        let style = theme.style(for: "ui.help")
        let titleStyle = theme.style(for: "ui.help.key")
        let detailStyle = style.patched(with: theme.style(for: "ui.gutter"))
        let height = min(area.height, entries.count * Self.rowsPerArticle + 2)
        let box = area.centered(width: min(area.width, Self.maximumWidth), height: height)
        guard !box.isEmpty else { return }
        buffer.fill(box, style: style)
        let hasBorder = box.width >= 4 && box.height >= 3
        if hasBorder {
            HelpOverlay.drawBorder(into: &buffer, box: box, style: style, title: Self.title)
        }
        let inner = hasBorder ? box.inset(columns: 1, rows: 1) : box
        let shown = max(1, inner.height / Self.rowsPerArticle)
        let first = min(max(0, top), max(0, entries.count - shown))
        for (offset, index) in (first..<min(entries.count, first + shown)).enumerated() {
            let entry = entries[index]
            let y = inner.y + offset * Self.rowsPerArticle
            let rows = Rect(x: inner.x, y: y, width: inner.width, height: min(Self.rowsPerArticle, inner.maxY - y))
            let marker = index == current ? "›" : " "
            let number = "\(index + 1)"
            let x = buffer.write(marker + number + " ", x: inner.x, y: y, style: style, clip: rows)
            buffer.write(Buffer.truncated(entry.title, toWidth: inner.maxX - inner.x - x - 1), x: inner.x + x, y: y,
                         style: titleStyle, placeholderStyle: theme.style(for: "ui.placeholder"), clip: rows)
            if rows.height > 1 {
                let detail = entry.source + " · " + entry.detail
                buffer.write(Buffer.truncated(detail, toWidth: inner.maxX - inner.x - x - 1), x: inner.x + x, y: y + 1,
                             style: detailStyle, placeholderStyle: theme.style(for: "ui.placeholder"), clip: rows)
            }
            if index == selected {
                buffer.patchStyle(rows, with: theme.style(for: "ui.selection"))
            }
        }
    }
}
