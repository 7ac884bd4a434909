/// Decides what each grapheme cluster of outside text becomes on screen, so that no control character
/// ever reaches the terminal raw.
///
/// - ESC is drawn as "␛", DEL as "␡", the other C0 controls as their Control Pictures (U+2400 + code,
///   so BEL is "␇"); vertical tab and form feed are C0 controls like the rest.
/// - C1 controls (U+0080–U+009F, among them U+009B, a one-character CSI) are drawn as "�": a terminal
///   would act on them, and text decoded from the wrong code page is where they come from.
/// - Bidi embeddings, overrides and isolates (U+202A–U+202E, U+2066–U+2069), the bidi marks and every
///   other format control or default-ignorable character standing alone are dropped: they draw nothing
///   and could reorder what the terminal shows.
/// - A tab becomes spaces up to the next multiple of `tabStop` columns, counted from the line's start.
/// - LF, CR, CR LF and the Unicode line and paragraph separators are newlines, which the caller lays out.
///
/// - Of a cluster that joins several visible characters (a zero width joiner's sequence, a skin tone, a
///   variation selector, a tag sequence), only what every terminal draws alike is kept, and a cluster
///   the C library counts as several cells (a flag, a vowel sign with a column of its own) is drawn as
///   those cells (`DrawnCluster`).
///
/// Swift's grapheme breaking keeps every control and format character (but the joiners) in a cluster of
/// its own, so looking at a cluster's first scalar is enough. Placeholders are drawn in the theme scope
/// `ui.placeholder`.
public enum TextSanitizer {
    /// Tabs expand to the next multiple of this many columns.
    public static let tabStop = 4

    /// What one grapheme cluster is drawn as.
    public enum Glyph: Hashable, Sendable {
        /// This cluster (the text's, or what `DrawnCluster` keeps of it), `width` columns (1 or 2).
        case text(Character, width: Int)
        /// A cluster drawn over several cells (a flag's two regional indicators): these characters, one a
        /// cell, each as wide as `DisplayWidth` says.
        case cells([Character])
        /// A visible stand-in for a control character, one column wide, drawn as `ui.placeholder`.
        case placeholder(Character)
        /// A tab: spaces up to the next tab stop.
        case tab
        /// A line break.
        case newline
        /// Nothing: the cluster draws nothing and takes no room.
        case dropped
    }

    /// What `c` is drawn as.
    public static func glyph(for c: Character) -> Glyph {
        let scalars = c.unicodeScalars
        guard let first = scalars.first else { return .dropped }
        let v = first.value
        if v >= 0x20 && v < 0x7F && scalars.count == 1 {
            return .text(c, width: 1)
        }
        if v >= 0xA0, v != 0x2028, v != 0x2029, scalars.count == 1 {
            // One printable scalar (curly quotes, dashes, letters, box drawing): drawn as it is.
            let width = DisplayWidth.of(first)
            return width == 0 ? .dropped : .text(c, width: width)
        }
        if isNewline(c) {
            return .newline
        }
        if v == 0x09 {
            return .tab
        }
        if let picture = controlPicture(first) {
            return .placeholder(picture)
        }
        let drawn: Character
        switch DrawnCluster.form(of: c) {
        case .asIs: drawn = c
        case .reduced(let reduced): drawn = reduced
        case .cells(let cells): return .cells(cells)
        }
        let width = DisplayWidth.of(drawn)
        if width == 0 {
            return .dropped
        }
        return .text(drawn, width: width)
    }

    /// The columns `glyph` takes at `column` (counted from the line's start, for tabs).
    public static func width(of glyph: Glyph, atColumn column: Int) -> Int {
        switch glyph {
        case .text(_, let width): width
        case .cells(let cells): cells.reduce(0) { $0 + DisplayWidth.of($1) }
        case .placeholder, .newline: 1
        case .tab: tabWidth(atColumn: column)
        case .dropped: 0
        }
    }

    /// The number of columns a tab starting at `column` (counted from the line's start) covers.
    public static func tabWidth(atColumn column: Int) -> Int {
        tabStop - (max(0, column) % tabStop)
    }

    /// `text` as a single line of plain, safe text: placeholders in place of controls, tabs expanded
    /// from column 0, newlines drawn as "␤".
    public static func sanitized(_ text: String) -> String {
        var result = ""
        var column = 0
        for c in text {
            switch glyph(for: c) {
            case .text(let shown, let width):
                result.append(shown)
                column += width
            case .cells(let cells):
                for cell in cells {
                    result.append(cell)
                    column += DisplayWidth.of(cell)
                }
            case .placeholder(let shown):
                result.append(shown)
                column += 1
            case .tab:
                let spaces = tabWidth(atColumn: column)
                result.append(String(repeating: " ", count: spaces))
                column += spaces
            case .newline:
                result.append(newlinePicture)
                column += 1
            case .dropped:
                break
            }
        }
        return result
    }

    /// What a newline is drawn as where the text must stay on one line (status line, titles).
    public static let newlinePicture: Character = "\u{2424}"

    private static func isNewline(_ c: Character) -> Bool {
        switch c {
        case "\n", "\r", "\r\n", "\u{2028}", "\u{2029}":
            return true
        default:
            return false
        }
    }

    /// The stand-in for a C0, DEL or C1 control; nil for any other scalar.
    private static func controlPicture(_ scalar: Unicode.Scalar) -> Character? {
        let v = scalar.value
        switch v {
        case 0x00..<0x20:
            return Unicode.Scalar(0x2400 + v).map(Character.init)
        case 0x7F:
            return "\u{2421}"
        case 0x80..<0xA0:
            return "\u{FFFD}"
        default:
            return nil
        }
    }
}
