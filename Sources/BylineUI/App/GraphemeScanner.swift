import BylineCore

/// Walks a span of an article's scalars in segments of whole grapheme clusters, each with its scalar
/// span and how it is drawn, without building a string for the whole span.
///
/// Printable ASCII comes in runs (a printable ASCII scalar followed by another ASCII scalar always ends
/// a cluster, so every scalar of such a run is a one-column cluster); only stretches with non-ASCII
/// scalars go through Swift's grapheme breaking, one cluster per segment. Clusters that draw nothing
/// are skipped. Besides the newlines `TextSanitizer` knows, vertical tab, form feed and NEL (U+0085)
/// are line breaks here, as they are to the core's paragraph splitter.
struct GraphemeScanner {
    /// Some consecutive clusters of one kind.
    struct Segment {
        /// What the clusters are.
        enum Kind: Equatable {
            /// Printable ASCII other than space: one column per scalar, each scalar its own cluster.
            case ascii
            /// One cluster drawn as it is.
            case text(width: Int)
            /// Whitespace a line may break at, drawn as it is: a run of ASCII spaces, or one other
            /// breaking space cluster.
            case space(width: Int)
            /// One control character, drawn as this stand-in.
            case placeholder(Character)
            case tab
            case newline
        }

        var range: TextRange
        var kind: Kind
    }

    let scalars: [Unicode.Scalar]

    /// Calls `body` for the segments of `range`, in order.
    func forEachSegment(in range: TextRange, _ body: (Segment) -> Void) {
        var i = range.start
        let end = min(range.end, scalars.count)
        while i < end {
            let value = scalars[i].value
            if value < 0x80, i + 1 == end || scalars[i + 1].value < 0x80 || value < 0x20 || value == 0x7F {
                let next = asciiSegment(at: i, end: end, body)
                i = next
                continue
            }
            var j = i + 1
            while j < end, scalars[j].value >= 0x80 {
                j += 1
            }
            var stretch = String.UnicodeScalarView()
            stretch.append(contentsOf: scalars[i..<j])
            var offset = i
            for c in String(stretch) {
                let next = offset + c.unicodeScalars.count
                if let kind = Self.kind(of: c) {
                    body(Segment(range: TextRange(start: offset, end: next), kind: kind))
                }
                offset = next
            }
            i = j
        }
    }

    /// Reports the ASCII segment starting at `i` (whose cluster ends with its scalar, or is CR LF) and
    /// returns where the next one starts.
    private func asciiSegment(at i: Int, end: Int, _ body: (Segment) -> Void) -> Int {
        let value = scalars[i].value
        switch value {
        case 0x20:
            var j = i + 1
            while j < end, scalars[j].value == 0x20, j + 1 == end || scalars[j + 1].value < 0x80 {
                j += 1
            }
            body(Segment(range: TextRange(start: i, end: j), kind: .space(width: j - i)))
            return j
        case 0x21..<0x7F:
            var j = i + 1
            while j < end, (0x21..<0x7F).contains(scalars[j].value), j + 1 == end || scalars[j + 1].value < 0x80 {
                j += 1
            }
            body(Segment(range: TextRange(start: i, end: j), kind: .ascii))
            return j
        case 0x0D where i + 1 < end && scalars[i + 1].value == 0x0A:
            body(Segment(range: TextRange(start: i, end: i + 2), kind: .newline))
            return i + 2
        default:
            if let kind = Self.kind(of: Character(scalars[i])) {
                body(Segment(range: TextRange(start: i, end: i + 1), kind: kind))
            }
            return i + 1
        }
    }

    /// The segment kind of one cluster; nil for a cluster that draws nothing.
    private static func kind(of c: Character) -> Segment.Kind? {
        if c == "\u{0B}" || c == "\u{0C}" || c == "\u{85}" {
            return .newline
        }
        let glyph = TextSanitizer.glyph(for: c)
        return switch glyph {
        case .text(let shown, let width): isBreakingSpace(shown) ? .space(width: width) : .text(width: width)
        case .cells: .text(width: TextSanitizer.width(of: glyph, atColumn: 0))
        case .placeholder(let shown): .placeholder(shown)
        case .tab: .tab
        case .newline: .newline
        case .dropped: nil
        }
    }

    /// Whether `c` is whitespace a line may break at: the space separators except the no-break ones.
    private static func isBreakingSpace(_ c: Character) -> Bool {
        guard let scalar = c.unicodeScalars.first, c.unicodeScalars.count == 1 else { return false }
        switch scalar.value {
        case 0x20:
            return true
        case 0xA0, 0x2007, 0x202F:
            return false
        default:
            return scalar.properties.generalCategory == .spaceSeparator
        }
    }
}
