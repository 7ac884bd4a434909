/// The key help: a bordered box centred in the area, listing the keymap's bindings by group (bindings
/// sharing a description on one row). Rendered from the keymap, so it lists exactly the keys that
/// work. In areas too low for it all, the blank line before the footer goes first, then the group
/// headings; then it is clipped (the border goes first, then the rows that don't fit). Drawn in `ui.help`, keys
/// in `ui.help.key`.
public struct HelpOverlay: Sendable {
    public let keymap: Keymap

    public init(keymap: Keymap) {
        self.keymap = keymap
    }

    /// The title in the top border.
    static let title = " Keys "
    /// The last row of the box.
    static let footer = "Any key closes this help"

    /// One row of the box's content.
    private enum Row {
        case heading(String)
        case binding(keys: String, description: String)
        case note(String)
        case blank
    }

    /// The box's rows: each group's heading (if `headings`) and bindings, a blank line (if `blank`) and
    /// the footer.
    private func rows(headings: Bool, blank: Bool) -> [Row] {
        var rows: [Row] = []
        for (group, helpRows) in keymap.helpGroups {
            if headings {
                rows.append(.heading(group.rawValue))
            }
            rows += helpRows.map { Row.binding(keys: $0.keys, description: $0.description) }
        }
        rows += (blank ? [.blank] : []) + [.note(Self.footer)]
        return rows
    }

    /// The fullest rows that fit `height` inside a border: all of them, else without the blank line,
    /// else without the group headings too (clipped if even those don't fit).
    private func rows(fitting height: Int) -> [Row] {
        let full = rows(headings: true, blank: true)
        guard full.count + 2 > height else { return full }
        let noBlank = rows(headings: true, blank: false)
        return noBlank.count + 2 <= height ? noBlank : rows(headings: false, blank: false)
    }

    /// Draws the box centred in `area`, over what is there.
    public func render(into buffer: inout Buffer, area: Rect, theme: Theme) {
        let style = theme.style(for: "ui.help")
        let keyStyle = theme.style(for: "ui.help.key")
        let rows = rows(fitting: area.height)
        let keyWidth = keymap.helpGroups.flatMap(\.rows).map { DisplayWidth.of($0.keys) }.max() ?? 0
        let contentWidth = rows.map { row in
            switch row {
            case .heading(let text), .note(let text): DisplayWidth.of(text)
            case .binding(_, let description): 2 + keyWidth + 2 + DisplayWidth.of(description)
            case .blank: 0
            }
        }.max() ?? 0
        let box = area.centered(width: contentWidth + 4, height: rows.count + 2)
        guard !box.isEmpty else { return }
        buffer.fill(box, style: style)
        let hasBorder = box.width >= 4 && box.height >= 3
        if hasBorder {
            drawBorder(into: &buffer, box: box, style: style)
        }
        let inner = hasBorder ? box.inset(columns: 2, rows: 1) : box
        for (index, row) in rows.enumerated() where index < inner.height {
            let y = inner.y + index
            switch row {
            case .heading(let text):
                buffer.write(text, x: inner.x, y: y, style: keyStyle, clip: inner)
            case .binding(let keys, let description):
                buffer.write(keys, x: inner.x + 2, y: y, style: keyStyle, clip: inner)
                buffer.write(description, x: inner.x + 4 + keyWidth, y: y, style: style, clip: inner)
            case .note(let text):
                buffer.write(text, x: inner.x, y: y, style: style, clip: inner)
            case .blank:
                break
            }
        }
    }

    private func drawBorder(into buffer: inout Buffer, box: Rect, style: Style) {
        let horizontal = String(repeating: "─", count: box.width - 2)
        buffer.write("┌" + horizontal + "┐", x: box.x, y: box.y, style: style, clip: box)
        buffer.write("└" + horizontal + "┘", x: box.x, y: box.maxY - 1, style: style, clip: box)
        for y in (box.y + 1)..<(box.maxY - 1) {
            buffer.write("│", x: box.x, y: y, style: style, clip: box)
            buffer.write("│", x: box.maxX - 1, y: y, style: style, clip: box)
        }
        let title = Buffer.truncated(Self.title, toWidth: box.width - 2)
        buffer.write(title, x: box.x + (box.width - DisplayWidth.of(title)) / 2, y: box.y, style: style, clip: box)
    }
}
