import BylineCore

/// The list of who and what the article is about: a heading per kind (`ui.pane.title`), then the
/// kind's entities, each name in its kind's scope with its mention count at the right (`ui.gutter`).
/// The selected row is patched with `ui.selection`. While the analysis runs, it says so instead.
public struct EntityPane: Sendable {
    public let list: EntityList
    public let rows: [EntityList.Row]
    /// The index of the first row shown.
    public let top: Int
    /// The index into `list.entities` of the selected entity.
    public let selected: Int?
    /// The kind shown, nil for all.
    public let filter: EntityKind?
    /// Whether the analysis is still running (so no entities are known yet).
    public let isAnalysing: Bool

    public init(list: EntityList, filter: EntityKind?, top: Int, selectedID: String?, isAnalysing: Bool = false,
                rows: [EntityList.Row]? = nil) {
        self.list = list
        self.isAnalysing = isAnalysing
        self.rows = rows ?? list.rows(filter: filter)
        self.top = top
        self.filter = filter
        self.selected = list.index(of: selectedID)
    }

    /// The pane for `state`'s entities, filter, scroll and selection.
    public init(state: AppState) {
        self.init(list: state.entityList, filter: state.article.entityFilter, top: state.article.entities.top,
                  selectedID: state.article.entities.selected, isAnalysing: state.isAnalysing, rows: state.entityRows)
    }

    /// The pane's title: "Entities", or "Entities: people" while filtered.
    public static func title(filter: EntityKind?) -> String {
        filter.map { Pane.entities.title + ": " + $0.heading.lowercased() } ?? Pane.entities.title
    }

    /// Draws the rows from `top` down into `area`.
    public func render(into buffer: inout Buffer, area: Rect, theme: Theme) {
        let textStyle = theme.style(for: "text")
        let gutterStyle = theme.style(for: "ui.gutter")
        buffer.fill(area, style: textStyle)
        guard !area.isEmpty else { return }
        if rows.isEmpty {
            let what = filter.map { $0.heading.lowercased() } ?? "entities"
            // A text filter (`&`) that hides every entity leaves "No entities found" too.
            let notice = isAnalysing ? PendingAnalysis.notice : "No \(what) found"
            buffer.write(Buffer.truncated(notice, toWidth: area.width - 2), x: area.x + 1, y: area.y,
                         style: gutterStyle, clip: area)
            return
        }
        for (offset, row) in rows.dropFirst(max(0, top)).prefix(area.height).enumerated() {
            let line = Rect(x: area.x, y: area.y + offset, width: area.width, height: 1)
            switch row {
            case .heading(let kind, let count):
                let text = Buffer.truncated("\(kind.heading) (\(count))", toWidth: area.width - 1)
                buffer.write(text, x: line.x + 1, y: line.y, style: theme.style(for: "ui.pane.title"), clip: line)
            case .entity(let index):
                renderEntity(list.entities[index], into: &buffer, line: line, theme: theme, gutterStyle: gutterStyle)
                if index == selected {
                    buffer.patchStyle(line, with: theme.style(for: "ui.selection"))
                }
            }
        }
    }

    /// One entity row: "  Name          12".
    private func renderEntity(_ entity: Entity, into buffer: inout Buffer, line: Rect, theme: Theme,
                              gutterStyle: Style) {
        let count = " \(entity.mentions.count) "
        let countWidth = DisplayWidth.of(count)
        let nameRoom = line.width - 2 - countWidth
        if nameRoom >= 1 {
            buffer.write(count, x: line.maxX - countWidth, y: line.y, style: gutterStyle, clip: line)
        }
        let name = Buffer.truncated(entity.name, toWidth: nameRoom >= 1 ? nameRoom : line.width - 2)
        buffer.write(name, x: line.x + 2, y: line.y, style: theme.style(for: entity.kind.scope), clip: line)
    }
}
