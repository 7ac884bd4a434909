/// Who said what: a heading per speaker, most quoted first, with the speaker's name in
/// `quote.speaker` and their number of quotes at the right (`ui.gutter`); under it each quote's first
/// line in `quote`, cut to fit with "…", and how it was said ("told reporters") at the right in
/// `ui.gutter`. Quotes with no speaker come last under "unattributed". The selected row is patched
/// with `ui.selection`. Only direct quotes are listed (see `QuoteList`). While the analysis runs, it says so
/// instead.
public struct QuotePane: Sendable {
    public let list: QuoteList
    /// The index of the first row shown.
    public let top: Int
    /// The index in `list.quotes` of the selected quote.
    public let selected: Int?

    /// Whether the analysis is still running (so no quotes are known yet).
    public let isAnalysing: Bool

    /// The cue takes at most this share of a quote row, in percent, so the quote keeps some room.
    static let cueShare = 45

    /// The rows shown: the list's, or those the text filter leaves.
    public let rows: [QuoteList.Row]

    public init(list: QuoteList, top: Int, selected: Int?, isAnalysing: Bool = false, rows: [QuoteList.Row]? = nil) {
        self.list = list
        self.rows = rows ?? list.rows
        self.isAnalysing = isAnalysing
        self.top = top
        self.selected = selected
    }

    /// The pane for `state`'s quotes, scroll and selection.
    public init(state: AppState) {
        self.init(list: state.quoteList, top: state.article.quotes.top, selected: state.article.quotes.selected,
                  isAnalysing: state.isAnalysing, rows: state.article.quoteRows)
    }

    /// Draws the rows from `top` down into `area`.
    public func render(into buffer: inout Buffer, area: Rect, theme: Theme) {
        let textStyle = theme.style(for: "text")
        let gutterStyle = theme.style(for: "ui.gutter")
        buffer.fill(area, style: textStyle)
        guard !area.isEmpty else { return }
        if rows.isEmpty {
            let notice = isAnalysing ? PendingAnalysis.notice : "No quotes found"
            buffer.write(Buffer.truncated(notice, toWidth: area.width - 2), x: area.x + 1, y: area.y,
                         style: gutterStyle, clip: area)
            return
        }
        for (offset, row) in rows.dropFirst(max(0, top)).prefix(area.height).enumerated() {
            let line = Rect(x: area.x, y: area.y + offset, width: area.width, height: 1)
            switch row {
            case .heading(let group):
                guard let group = list.groups[safe: group] else { continue }
                let style = theme.style(for: group.speaker == nil ? "ui.gutter" : "quote.speaker")
                renderRow(left: group.name, leftStyle: style, right: "\(group.members.count)",
                          rightStyle: gutterStyle, indent: 1, into: &buffer, line: line)
            case .quote(let index):
                renderRow(left: list.firstLine(of: index), leftStyle: theme.style(for: "quote"),
                          right: list.cueText(of: index), rightStyle: gutterStyle, indent: 3, into: &buffer, line: line)
                if index == selected {
                    buffer.patchStyle(line, with: theme.style(for: "ui.selection"))
                }
            }
        }
    }

    /// One row: `left` from column `indent`, cut to leave room for `right` at the right edge (itself cut
    /// to `cueShare` of the row), with a space at each end.
    private func renderRow(left: String, leftStyle: Style, right: String, rightStyle: Style, indent: Int,
                           into buffer: inout Buffer, line: Rect) {
        let room = line.width - indent - 1
        guard room > 0 else { return }
        var rightWidth = 0
        if !right.isEmpty, room >= 8 {
            let shown = Buffer.truncated(right, toWidth: max(1, room * Self.cueShare / 100))
            rightWidth = DisplayWidth.of(shown) + 1
            buffer.write(shown, x: line.maxX - rightWidth, y: line.y, style: rightStyle, clip: line)
        }
        let text = Buffer.truncated(left, toWidth: room - rightWidth - (rightWidth > 0 ? 1 : 0))
        buffer.write(text, x: line.x + indent, y: line.y, style: leftStyle, clip: line)
    }
}
