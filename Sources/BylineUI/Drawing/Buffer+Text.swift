extension Buffer {
    /// Writes `text` on row `y` from column `x`, one grapheme cluster at a time, sanitized (see
    /// `TextSanitizer`; tabs count from `x`, newlines show as "␤"), clipped to `clip` and the buffer.
    ///
    /// A wide grapheme that would cross the clip's right edge is not split: its first column is drawn as
    /// a space and writing stops there; so is a cluster drawn over several cells (a flag), whose cells
    /// are otherwise written one by one. Placeholders are drawn in `placeholderStyle` (`style` if nil).
    /// Returns the columns used from `x`, up to the right edge of the clip.
    @discardableResult
    public mutating func write(_ text: String, x: Int, y: Int, style: Style, placeholderStyle: Style? = nil,
                               clip: Rect? = nil) -> Int {
        let bounds = (clip ?? area).intersection(area)
        guard y >= bounds.y, y < bounds.maxY, x < bounds.maxX else { return 0 }
        var column = x
        for c in text {
            let glyph = TextSanitizer.glyph(for: c)
            let width = TextSanitizer.width(of: glyph, atColumn: column - x)
            var drawn: Character = " "
            var cells: [Character] = []
            var cellStyle = style
            switch glyph {
            case .text(let shown, _):
                drawn = shown
            case .cells(let shown):
                cells = shown
            case .placeholder(let shown):
                drawn = shown
                cellStyle = placeholderStyle ?? style
            case .newline:
                drawn = TextSanitizer.newlinePicture
                cellStyle = placeholderStyle ?? style
            case .tab:
                drawn = " "
            case .dropped:
                continue
            }
            if width > bounds.maxX - column {
                if column < bounds.maxX, column >= bounds.x {
                    put(" ", x: column, y: y, style: cellStyle)
                    column += 1
                }
                break
            }
            if !cells.isEmpty {
                var cellColumn = column
                for cell in cells {
                    let cellWidth = DisplayWidth.of(cell)
                    if cellColumn >= bounds.x {
                        put(String(cell), x: cellColumn, y: y, style: cellStyle, wide: cellWidth == 2)
                    }
                    cellColumn += cellWidth
                }
            } else if drawn == " " {
                for offset in 0..<width where column + offset >= bounds.x {
                    put(" ", x: column + offset, y: y, style: cellStyle)
                }
            } else if column >= bounds.x {
                put(String(drawn), x: column, y: y, style: cellStyle, wide: width == 2)
            } else if column + width > bounds.x {
                put(" ", x: bounds.x, y: y, style: cellStyle)
            }
            column += width
        }
        return max(0, min(column, bounds.maxX) - x)
    }

    /// Fills `rect` (clipped to the buffer) with blank cells in `style`.
    public mutating func fill(_ rect: Rect, style: Style) {
        let target = rect.intersection(area)
        for y in target.y..<target.maxY {
            for x in target.x..<target.maxX {
                self[x, y] = Cell(grapheme: " ", style: style)
            }
        }
    }

    /// Lays `style` over the style of every cell in `rect` (clipped to the buffer), keeping the text.
    public mutating func patchStyle(_ rect: Rect, with style: Style) {
        let target = rect.intersection(area)
        for y in target.y..<target.maxY {
            for x in target.x..<target.maxX {
                self[x, y].style = self[x, y].style.patched(with: style)
            }
        }
    }

    /// `text` cut to at most `width` display columns, ending in "…" when something was cut. Widths are
    /// those `write` draws (tabs counted from column 0).
    public static func truncated(_ text: String, toWidth width: Int) -> String {
        guard width > 0 else { return "" }
        var column = 0
        var cut: String.Index?
        var index = text.startIndex
        for c in text {
            let w = drawnWidth(of: c, atColumn: column)
            if cut == nil, column + w > width - 1 {
                cut = index
            }
            column += w
            if column > width {
                return String(text[..<(cut ?? index)]) + "…"
            }
            index = text.index(after: index)
        }
        return text
    }

    /// The columns `c` takes when `write` draws it at `column`.
    static func drawnWidth(of c: Character, atColumn column: Int) -> Int {
        TextSanitizer.width(of: TextSanitizer.glyph(for: c), atColumn: column)
    }

    /// Sets one cell (and its continuation for a wide grapheme), blanking the other half of any wide
    /// grapheme it overwrites so the buffer never holds half a character.
    private mutating func put(_ grapheme: String, x: Int, y: Int, style: Style, wide: Bool = false) {
        let span = wide ? 2 : 1
        if self[x, y].isContinuation, x > 0 {
            self[x - 1, y] = Cell(grapheme: " ", style: self[x - 1, y].style)
        }
        let after = x + span
        if after < width, self[after, y].isContinuation {
            self[after, y] = Cell(grapheme: " ", style: self[after, y].style)
        }
        self[x, y] = Cell(grapheme: grapheme, style: style)
        if wide {
            self[x + 1, y] = Cell(grapheme: "", style: style, isContinuation: true)
        }
    }
}
