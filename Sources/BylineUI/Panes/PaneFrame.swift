/// The border around a pane in the side-by-side layout, with the pane's title in the top edge. Drawn in
/// `ui.pane.focused` for the pane keys go to and `ui.pane.unfocused` for the others. Areas too small
/// for a border get none.
public struct PaneFrame: Sendable {
    public var title: String
    public var isFocused: Bool

    public init(title: String, isFocused: Bool) {
        self.title = title
        self.isFocused = isFocused
    }

    /// Draws the frame around the edge of `area`.
    public func render(into buffer: inout Buffer, area: Rect, theme: Theme) {
        guard area.width >= 2, area.height >= 2 else { return }
        let style = theme.style(for: isFocused ? "ui.pane.focused" : "ui.pane.unfocused")
        let horizontal = String(repeating: "─", count: area.width - 2)
        buffer.write("┌" + horizontal + "┐", x: area.x, y: area.y, style: style, clip: area)
        buffer.write("└" + horizontal + "┘", x: area.x, y: area.maxY - 1, style: style, clip: area)
        for y in (area.y + 1)..<(area.maxY - 1) {
            buffer.write("│", x: area.x, y: y, style: style, clip: area)
            buffer.write("│", x: area.maxX - 1, y: y, style: style, clip: area)
        }
        let shown = Buffer.truncated(" " + title + " ", toWidth: area.width - 4)
        buffer.write(shown, x: area.x + 2, y: area.y, style: style, clip: area)
    }
}
