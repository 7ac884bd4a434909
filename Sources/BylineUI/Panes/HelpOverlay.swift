/// The key help: a bordered box centred in the area, listing every binding of the keymap by group
/// (bindings sharing a description on one row; keys too many for their column go on over the next
/// lines), scrolled from a given line, with a footer saying which lines show and how to scroll. Made
/// from the keymap, so it lists exactly the keys that work, at any size: what does not fit scrolls.
/// Drawn in `ui.help`, keys and headings in `ui.help.key`.
public struct HelpOverlay: Sendable {
    public let keymap: Keymap

    public init(keymap: Keymap) {
        self.keymap = keymap
    }

    /// The title in the top border.
    static let title = " Keys "
    /// The footer's advice, after the lines shown.
    static let footer = "j k scroll · any other key closes"
    /// The widest the description column gets; longer descriptions are cut.
    static let descriptionWidth = 52

    /// One line of the box's content.
    enum Line: Hashable {
        case heading(String)
        /// Keys, and the description on a binding's first line (nil on the lines its keys go on to).
        case binding(keys: String, description: String?)
    }

    /// The rows of help that show at once in an area `height` rows high: less the border and the footer.
    public static func pageHeight(in height: Int) -> Int { max(1, height - 3) }

    /// The number of content lines in an area `width` columns wide.
    public func lineCount(width: Int) -> Int { lines(innerWidth: innerWidth(in: width)).count }

    /// The widest the key column may be: the longest key label, at most a third of the inner width.
    private func keyWidth(innerWidth: Int) -> Int {
        let longest = keymap.helpGroups.flatMap(\.rows).map { DisplayWidth.of($0.keys) }.max() ?? 0
        return max(1, min(longest, max(6, innerWidth / 3)))
    }

    /// The columns inside the border in an area `width` wide.
    private func innerWidth(in width: Int) -> Int {
        let longest = keymap.helpGroups.flatMap(\.rows).map { DisplayWidth.of($0.keys) }.max() ?? 0
        let natural = 2 + longest + 2 + Self.descriptionWidth
        return max(1, min(width - 4, natural))
    }

    /// The content lines for `innerWidth` columns.
    func lines(innerWidth: Int) -> [Line] {
        let keyWidth = keyWidth(innerWidth: innerWidth)
        var lines: [Line] = []
        for (group, rows) in keymap.helpGroups {
            lines.append(.heading(group.rawValue))
            for row in rows {
                let pieces = Self.wrapped(row.keys, width: keyWidth)
                for (index, piece) in pieces.enumerated() {
                    lines.append(.binding(keys: piece, description: index == 0 ? row.description : nil))
                }
            }
        }
        return lines
    }

    /// `keys` (labels separated by spaces) broken into lines of at most `width` columns, between labels;
    /// a label wider than that alone is cut.
    static func wrapped(_ keys: String, width: Int) -> [String] {
        var lines: [String] = []
        var line = ""
        for label in keys.split(separator: " ").map(String.init) {
            let candidate = line.isEmpty ? label : line + " " + label
            if DisplayWidth.of(candidate) <= width {
                line = candidate
            } else {
                if !line.isEmpty { lines.append(line) }
                line = Buffer.truncated(label, toWidth: width)
            }
        }
        if !line.isEmpty || lines.isEmpty { lines.append(line) }
        return lines
    }

    /// Draws the box centred in `area`, over what is there, its content from line `top`.
    public func render(into buffer: inout Buffer, area: Rect, theme: Theme, top: Int = 0) {
        let style = theme.style(for: "ui.help")
        let keyStyle = theme.style(for: "ui.help.key")
        let inner = innerWidth(in: area.width)
        let lines = lines(innerWidth: inner)
        let keyWidth = keyWidth(innerWidth: inner)
        let box = area.centered(width: inner + 4, height: min(area.height, lines.count + 3))
        guard !box.isEmpty else { return }
        buffer.fill(box, style: style)
        let hasBorder = box.width >= 4 && box.height >= 3
        if hasBorder {
            Self.drawBorder(into: &buffer, box: box, style: style, title: Self.title)
        }
        let content = hasBorder ? box.inset(columns: 2, rows: 1) : box
        let visible = Rect(x: content.x, y: content.y, width: content.width, height: max(0, content.height - 1))
        let first = min(max(0, top), max(0, lines.count - visible.height))
        for (offset, line) in lines.dropFirst(first).prefix(visible.height).enumerated() {
            let y = visible.y + offset
            switch line {
            case .heading(let text):
                buffer.write(text, x: visible.x, y: y, style: keyStyle, clip: visible)
            case .binding(let keys, let description):
                buffer.write(keys, x: visible.x + 2, y: y, style: keyStyle, clip: visible)
                if let description {
                    let x = visible.x + 4 + keyWidth
                    buffer.write(Buffer.truncated(description, toWidth: visible.maxX - x), x: x, y: y, style: style,
                                 clip: visible)
                }
            }
        }
        guard content.height > 0 else { return }
        let last = min(lines.count, first + visible.height)
        let footer = "\(first + 1)–\(last)/\(lines.count) · " + Self.footer
        let footerRow = Rect(x: content.x, y: content.maxY - 1, width: content.width, height: 1)
        buffer.write(Buffer.truncated(footer, toWidth: footerRow.width), x: footerRow.x, y: footerRow.y, style: style,
                     clip: footerRow)
    }

    /// A box's border with `title` centred in its top side, for the overlays.
    static func drawBorder(into buffer: inout Buffer, box: Rect, style: Style, title: String) {
        let horizontal = String(repeating: "─", count: box.width - 2)
        buffer.write("┌" + horizontal + "┐", x: box.x, y: box.y, style: style, clip: box)
        buffer.write("└" + horizontal + "┘", x: box.x, y: box.maxY - 1, style: style, clip: box)
        for y in (box.y + 1)..<(box.maxY - 1) {
            buffer.write("│", x: box.x, y: y, style: style, clip: box)
            buffer.write("│", x: box.maxX - 1, y: y, style: style, clip: box)
        }
        let title = Buffer.truncated(title, toWidth: box.width - 2)
        buffer.write(title, x: box.x + (box.width - DisplayWidth.of(title)) / 2, y: box.y, style: style, clip: box)
    }
}
