/// What the screen shows when the terminal is below the reader's minimum size: "terminal too small"
/// and the size needed, centred, in `ui.message.error`.
public struct TooSmall: Sendable {
    /// The terminal's size.
    public let width: Int
    public let height: Int

    public init(width: Int, height: Int) {
        self.width = width
        self.height = height
    }

    static let message = "terminal too small"

    /// Clears `area` and draws the message centred in it.
    public func render(into buffer: inout Buffer, area: Rect, theme: Theme) {
        buffer.fill(area, style: theme.style(for: "text"))
        let style = theme.style(for: "ui.message.error")
        let detail = "\(width)x\(height), need \(ReaderGeometry.minimumWidth)x\(ReaderGeometry.minimumHeight)"
        let lines = [Self.message, detail].prefix(area.height)
        let top = area.y + (area.height - lines.count) / 2
        for (index, line) in lines.enumerated() {
            let shown = Buffer.truncated(line, toWidth: area.width)
            let x = area.x + (area.width - DisplayWidth.of(shown)) / 2
            buffer.write(shown, x: x, y: top + index, style: style, clip: area)
        }
    }
}
