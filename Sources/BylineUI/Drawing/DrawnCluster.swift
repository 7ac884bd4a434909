/// What of a grapheme cluster Byline draws, and in which cells, so that every terminal gives it the
/// columns `DisplayWidth` counts.
///
/// Terminals disagree about sequences that join several visible characters into one: a zero width
/// joiner's sequence (a family emoji), an emoji modifier (a skin tone), a variation selector ("❤️" is
/// one column in tmux and xterm, two in kitty), a tag sequence. Sent as they are, they make a terminal's
/// columns and the reader's disagree, and the frame shifts. So those are left out: a joiner and what it
/// joins, modifiers, variation selectors, tags and other format characters after the first scalar.
///
/// What is left is drawn the way the C library's `wcwidth` (which ncurses and most terminals go by)
/// counts it: each scalar of non-zero width in a cell of its own, with the zero-width marks after it. A
/// flag's two regional indicators take a cell each, one column each (a terminal that shows flags joins
/// the pair into one flag two columns wide; the others show two letters); so does a vowel sign that takes
/// a column of its own.
enum DrawnCluster {
    /// How a cluster is drawn.
    enum Form: Equatable {
        /// As it is, in one cell: nothing in it needs leaving out or a cell of its own.
        case asIs
        /// As this shorter cluster, in one cell.
        case reduced(Character)
        /// As these characters, each in a cell of its own (each a scalar of non-zero width and the zero-width
        /// scalars after it).
        case cells([Character])
    }

    /// The form `c` is drawn in.
    static func form(of c: Character) -> Form {
        let scalars = c.unicodeScalars
        guard scalars.count > 1, let first = scalars.first else { return .asIs }
        var cells: [String.UnicodeScalarView] = [String.UnicodeScalarView([first])]
        var cellHasWidth = DisplayWidth.of(first) > 0
        var changed = false
        for scalar in scalars.dropFirst() {
            if scalar.value == 0x200D {
                changed = true
                break
            }
            if isLeftOut(scalar) {
                changed = true
                continue
            }
            guard DisplayWidth.of(scalar) > 0 else {
                cells[cells.count - 1].append(scalar)
                continue
            }
            changed = true
            if cellHasWidth {
                cells.append(String.UnicodeScalarView([scalar]))
            } else {
                // What came before had no width of its own: the spacing scalar takes the cell.
                cells[cells.count - 1] = String.UnicodeScalarView([scalar])
                cellHasWidth = true
            }
        }
        guard changed else { return .asIs }
        let characters = cells.map { cell in
            let text = String(cell)
            return text.count == 1 ? Character(text) : Character(String(cell.first ?? " "))
        }
        return characters.count == 1 ? .reduced(characters[0]) : .cells(characters)
    }

    /// Whether a scalar after a cluster's first is left out: a variation selector, an emoji modifier, a
    /// tag, or another format character.
    private static func isLeftOut(_ scalar: Unicode.Scalar) -> Bool {
        let v = scalar.value
        if (0xFE00...0xFE0F).contains(v) || (0xE0100...0xE01EF).contains(v) || (0x1F3FB...0x1F3FF).contains(v)
            || (0xE0000...0xE007F).contains(v) {
            return true
        }
        return scalar.properties.generalCategory == .format
    }
}
