/// A pane whose feature is not built yet: its name and "not built yet", in `ui.gutter`.
public struct PlaceholderPane: Sendable {
    public var title: String

    public init(title: String) {
        self.title = title
    }

    /// Clears `area` and writes the notice on its first row.
    public func render(into buffer: inout Buffer, area: Rect, theme: Theme) {
        buffer.fill(area, style: theme.style(for: "text"))
        let notice = Buffer.truncated(title + ": not built yet", toWidth: area.width - 2)
        buffer.write(notice, x: area.x + 1, y: area.y, style: theme.style(for: "ui.gutter"), clip: area)
    }
}
