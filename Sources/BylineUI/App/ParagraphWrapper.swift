import BylineCore

/// Greedy word wrapping of an article's paragraphs, fed each paragraph's segments in order.
///
/// Segments gather into words separated by gaps of breaking whitespace. A word goes on the current row
/// with the gap before it if both fit; otherwise it starts the next row and the gap is dropped. A word
/// wider than a whole row is broken between grapheme clusters.
///
/// The runs of all rows go into one array, and each row is a stretch of it (`RowRecord`), so a long
/// article's layout is a few allocations rather than one per row.
struct ParagraphWrapper {
    /// One row: its runs' stretch of `runs`, the scalar offset it starts at, and its paragraph.
    struct RowRecord {
        var runs: Range<Int>
        var start: Int
        var paragraph: Int
    }

    /// A segment ready to be placed on a row.
    private struct Piece {
        var range: TextRange
        var width: Int
        var kind: ArticleLayout.Run.Kind
        /// A tab, whose width depends on the column it lands in.
        var isTab = false
        /// A run of printable ASCII that may be cut after any scalar.
        var isASCII = false
    }

    let width: Int
    /// The runs of every row so far, row after row.
    private(set) var runs: [ArticleLayout.Run] = []
    /// The rows so far, top to bottom.
    private(set) var rows: [RowRecord] = []
    private var paragraph = 0
    /// Where the current row's runs start in `runs`.
    private var rowRunStart = 0
    /// Whether the current paragraph has a row yet.
    private var paragraphHasRows = false
    private var column = 0
    private var lineStart = 0
    private var gap: [Piece] = []
    private var word: [Piece] = []
    private var wordWidth = 0

    init(width: Int) {
        self.width = width
    }

    /// Starts paragraph `index`, whose text starts at scalar `start`.
    mutating func startParagraph(_ index: Int, start: Int) {
        paragraph = index
        lineStart = start
        paragraphHasRows = false
    }

    /// Adds an empty row (the blank line between paragraphs) starting at `start`, in paragraph `index`.
    mutating func addBlankRow(start: Int, paragraph index: Int) {
        rows.append(RowRecord(runs: runs.count..<runs.count, start: start, paragraph: index))
        rowRunStart = runs.count
    }

    /// Takes the next segment of the paragraph.
    mutating func add(_ segment: GraphemeScanner.Segment) {
        let range = segment.range
        switch segment.kind {
        case .ascii:
            addToWord(Piece(range: range, width: range.length, kind: .text, isASCII: true))
        case .text(let w):
            addToWord(Piece(range: range, width: w, kind: .text))
        case .placeholder(let c):
            addToWord(Piece(range: range, width: 1, kind: .placeholder(c)))
        case .space(let w):
            addToGap(Piece(range: range, width: w, kind: .text))
        case .tab:
            addToGap(Piece(range: range, width: 0, kind: .blank, isTab: true))
        case .newline:
            addToGap(Piece(range: range, width: 1, kind: .blank))
        }
    }

    /// Places what is pending and ends the paragraph (which gets at least one row).
    mutating func finishParagraph() {
        if !word.isEmpty {
            placeWord()
        }
        if runs.count > rowRunStart || !paragraphHasRows {
            breakLine()
        }
    }

    private mutating func addToWord(_ piece: Piece) {
        word.append(piece)
        wordWidth += piece.width
    }

    private mutating func addToGap(_ piece: Piece) {
        if !word.isEmpty {
            placeWord()
        }
        gap.append(piece)
    }

    private mutating func placeWord() {
        defer {
            gap.removeAll(keepingCapacity: true)
            word.removeAll(keepingCapacity: true)
            wordWidth = 0
        }
        if column > 0 {
            if gap.count > 1, gap.contains(where: { $0.kind == .blank && !$0.isTab }) {
                // A line break inside a paragraph (hard-wrapped text) with the spaces around it: one space.
                gap = gap.enumerated().map { index, piece in
                    Piece(range: piece.range, width: index == 0 ? 1 : 0, kind: .blank)
                }
            }
            var gapWidth = 0
            for index in gap.indices {
                if gap[index].isTab {
                    gap[index].width = TextSanitizer.tabWidth(atColumn: column + gapWidth)
                }
                gapWidth += gap[index].width
            }
            if gapWidth <= width - column, wordWidth <= width - column - gapWidth {
                for piece in gap { place(piece) }
                for piece in word { place(piece) }
                return
            }
            breakLine()
        }
        if wordWidth <= width {
            for piece in word { place(piece) }
            return
        }
        for piece in word {
            placeBreaking(piece)
        }
    }

    /// Places a piece of a word too wide for any row: on a new row where it doesn't fit, and cut into
    /// rows of its own if it is an ASCII run wider than a row.
    private mutating func placeBreaking(_ piece: Piece) {
        var rest = piece
        while rest.isASCII, rest.width > width - column {
            let room = width - column
            if room > 0 {
                let cut = rest.range.start + room
                place(Piece(range: TextRange(start: rest.range.start, end: cut), width: room, kind: .text, isASCII: true))
                rest = Piece(range: TextRange(start: cut, end: rest.range.end), width: rest.width - room, kind: .text,
                             isASCII: true)
            }
            breakLine()
        }
        if rest.width > width - column, column > 0 {
            breakLine()
        }
        place(rest)
    }

    private mutating func place(_ piece: Piece) {
        if runs.count == rowRunStart {
            lineStart = piece.range.start
        }
        if piece.kind == .text, runs.count > rowRunStart, let last = runs.last, last.kind == .text,
           last.range.end == piece.range.start {
            runs[runs.count - 1].range = TextRange(start: last.range.start, end: piece.range.end)
            runs[runs.count - 1].width += piece.width
        } else {
            runs.append(ArticleLayout.Run(range: piece.range, column: column, width: piece.width, kind: piece.kind))
        }
        column += piece.width
    }

    private mutating func breakLine() {
        rows.append(RowRecord(runs: rowRunStart..<runs.count, start: lineStart, paragraph: paragraph))
        rowRunStart = runs.count
        paragraphHasRows = true
        column = 0
    }
}
