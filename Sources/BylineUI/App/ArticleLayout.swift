import BylineCore

/// An article's paragraphs wrapped to a width: one `Line` per screen row, with a blank line between
/// paragraphs (except after a dateline, which heads its paragraph). Line numbers everywhere in the reader are indices into `lines`.
///
/// Lines break at whitespace by display width; a word wider than the line breaks between grapheme
/// clusters, never inside one. Every run of a line points back into the text with a `TextRange`, so
/// annotations (entities, quotes) can be laid over the columns they cover. Text is sanitized as
/// `TextSanitizer` describes. Tabs and line breaks inside a paragraph are whitespace like a space; a line
/// break with spaces around it (hard-wrapped text) takes one column.
///
/// Built once per width from the article's paragraphs by one scan of their scalars (no re-tokenizing).
public struct ArticleLayout: Sendable {
    /// The width the text was wrapped to, at least 1.
    public let width: Int
    /// The rows, top to bottom.
    public let lines: [Line]
    /// The article's inline styles' ranges (emphasis, strong, …), in the order of `Article.inlines`
    /// (sorted by start), to find those on a row.
    public let inlines: SortedSpans

    /// Wraps `article`'s paragraphs to `width` columns (taken as 1 if smaller).
    public init(article: Article, width: Int) {
        let wrapWidth = max(1, width)
        let scanner = GraphemeScanner(scalars: article.scalars)
        var wrapper = ParagraphWrapper(width: wrapWidth)
        var previousEnd: Int?
        for (index, paragraph) in article.paragraphs.enumerated() where !paragraph.isEmpty {
            if let end = previousEnd, article.blocks[safe: index - 1]?.kind != .dateline {
                wrapper.addBlankRow(start: end, paragraph: index - 1)
            }
            wrapper.startParagraph(index, start: paragraph.start)
            scanner.forEachSegment(in: paragraph) { wrapper.add($0) }
            wrapper.finishParagraph()
            previousEnd = paragraph.end
        }
        let runs = wrapper.runs
        self.width = wrapWidth
        self.lines = wrapper.rows.map { Line(runs: runs[$0.runs], start: $0.start, paragraph: $0.paragraph) }
        self.inlines = SortedSpans(sorted: article.inlines.map(\.range))
    }

    /// The index of the line that holds scalar `offset`: the last line starting at or before it (0 when
    /// there is none).
    public func lineIndex(containing offset: Int) -> Int {
        var low = 0
        var high = lines.count
        while low < high {
            let mid = (low + high) / 2
            if lines[mid].start <= offset {
                low = mid + 1
            } else {
                high = mid
            }
        }
        return max(0, low - 1)
    }
}

extension ArticleLayout {
    /// One screen row of the article.
    public struct Line: Hashable, Sendable {
        /// The pieces drawn on the row, left to right, starting at column 0 (a stretch of the runs of
        /// all rows, so its indices need not start at 0).
        public var runs: ArraySlice<Run>
        /// The scalar offset the row starts at; for the blank row between paragraphs, the end of the
        /// paragraph above.
        public var start: Int
        /// The index in `Article.paragraphs` of the paragraph the row belongs to (the one above, for a
        /// blank row).
        public var paragraph: Int

        public init(runs: ArraySlice<Run>, start: Int, paragraph: Int) {
            self.runs = runs
            self.start = start
            self.paragraph = paragraph
        }

        /// The columns the row's content takes.
        public var width: Int { runs.last.map { $0.column + $0.width } ?? 0 }
    }

    /// A piece of a row: a span of the text and how it is drawn.
    public struct Run: Hashable, Sendable {
        /// How a run is drawn.
        public enum Kind: Hashable, Sendable {
            /// The span's grapheme clusters as they are (all safe to draw).
            case text
            /// One control character, drawn as this stand-in in the scope `ui.placeholder`.
            case placeholder(Character)
            /// Whitespace drawn as `width` spaces: a tab, or a line break inside a paragraph.
            case blank
        }

        /// The span of the text the run shows.
        public var range: TextRange
        /// The column the run starts at.
        public var column: Int
        /// The columns it takes.
        public var width: Int
        public var kind: Kind

        public init(range: TextRange, column: Int, width: Int, kind: Kind) {
            self.range = range
            self.column = column
            self.width = width
            self.kind = kind
        }
    }
}
