/// How many terminal columns text takes, from width tables kept in Swift (glibc's `wcwidth` lags behind
/// Unicode for emoji).
///
/// A scalar is 2 columns if it is East Asian Wide or Fullwidth (CJK, Hangul, kana, fullwidth forms,
/// emoji presentation), 0 if it is a combining or enclosing mark, a default-ignorable character (zero
/// width joiner and space, variation selectors, bidi controls) or a Hangul medial vowel or final
/// consonant, and 1 otherwise (the regional indicators among them). A grapheme cluster takes the columns
/// of what is drawn of it (`DrawnCluster`): a joiner's sequence, a modifier or a variation selector adds
/// nothing; each cell is the width of its scalar of non-zero width (a flag is two cells of one column).
/// Control characters count 0: `TextSanitizer` replaces them before anything is drawn.
public enum DisplayWidth {
    /// The columns a grapheme cluster takes: 0, 1 or 2 for one drawn in one cell.
    public static func of(_ c: Character) -> Int {
        let scalars = c.unicodeScalars
        guard let first = scalars.first else { return 0 }
        if first.value < 0x7F, scalars.count == 1 {
            return first.value >= 0x20 ? 1 : 0
        }
        switch DrawnCluster.form(of: c) {
        case .asIs: return firstWidth(of: scalars)
        case .reduced(let drawn): return firstWidth(of: drawn.unicodeScalars)
        case .cells(let cells): return cells.reduce(0) { $0 + firstWidth(of: $1.unicodeScalars) }
        }
    }

    /// The width of the first scalar of non-zero width.
    private static func firstWidth(of scalars: Character.UnicodeScalarView) -> Int {
        for scalar in scalars {
            let width = of(scalar)
            if width > 0 { return width }
        }
        return 0
    }

    /// The columns a string takes: the sum of its grapheme clusters' widths.
    public static func of(_ s: String) -> Int {
        var total = 0
        for c in s {
            total += of(c)
        }
        return total
    }

    /// The columns one scalar takes on its own: 0, 1 or 2.
    public static func of(_ scalar: Unicode.Scalar) -> Int {
        let v = scalar.value
        if v < 0x20 || (v >= 0x7F && v < 0xA0) {
            return 0
        }
        if v < 0x300 {
            return v == 0xAD ? 0 : 1
        }
        if (0x2010...0x2027).contains(v) || (0x2030...0x205E).contains(v) || (0x2500...0x259F).contains(v) {
            // Dashes, quotation marks and other punctuation, box drawing: one column, no table needed.
            return 1
        }
        if isZeroWidth(scalar) {
            return 0
        }
        return contains(wideRanges, v) ? 2 : 1
    }

    private static func isZeroWidth(_ scalar: Unicode.Scalar) -> Bool {
        let v = scalar.value
        if (0x1160...0x11FF).contains(v) || (0xD7B0...0xD7FF).contains(v) {
            return true
        }
        let properties = scalar.properties
        switch properties.generalCategory {
        case .nonspacingMark, .enclosingMark, .format:
            return true
        default:
            return properties.isDefaultIgnorableCodePoint
        }
    }

    /// Binary search in sorted, non-overlapping ranges.
    private static func contains(_ ranges: [ClosedRange<UInt32>], _ value: UInt32) -> Bool {
        var low = 0
        var high = ranges.count - 1
        while low <= high {
            let mid = (low + high) / 2
            let range = ranges[mid]
            if value < range.lowerBound {
                high = mid - 1
            } else if value > range.upperBound {
                low = mid + 1
            } else {
                return true
            }
        }
        return false
    }
}
