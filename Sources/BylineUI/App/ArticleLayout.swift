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
/// Laid out lazily, from the top: a paragraph's rows depend only on its own text and the width, so the
/// layout can stop after any paragraph and go on later (`extend(toLineCount:in:)`, `complete(in:)`),
/// and the lines it has are always the first lines of the whole layout, the same as laying out
/// everything at once would give. A long article's first screen needs only its first paragraphs; the
/// reader lays out the rest a step at a time while it waits for keys. Each step is a `Chunk` of rows,
/// so going on never copies the rows before. Built from the article's paragraphs by one scan of their
/// scalars (no re-tokenizing).
public struct ArticleLayout: Sendable {
    /// Scalars of text a step of laying out covers at least (unless the article ends first): small
    /// enough for a step to be a few milliseconds, large enough that a short article is laid out in one.
    public static let stepLength = 32_768

    /// The width the text was wrapped to, at least 1.
    public let width: Int
    /// The rows laid out so far, top to bottom: all of them once `isComplete`.
    public private(set) var lines: Lines
    /// The article's inline styles' ranges (emphasis, strong, …), in the order of `Article.inlines`
    /// (sorted by start), to find those on a row.
    public let inlines: SortedSpans
    /// The index in `Article.paragraphs` of the first paragraph not laid out yet.
    public private(set) var nextParagraph: Int
    /// The number of paragraphs of the article.
    private let paragraphCount: Int
    /// The end of the last non-empty paragraph laid out, for the blank row before the next one.
    private var previousEnd: Int?

    /// Wraps all of `article`'s paragraphs to `width` columns (taken as 1 if smaller).
    public init(article: Article, width: Int) {
        self.init(article: article, width: width, lineCount: .max)
    }

    /// Wraps `article`'s first paragraphs to `width` columns (taken as 1 if smaller): at least
    /// `lineCount` lines, or all there are, and a step's length of text.
    public init(article: Article, width: Int, lineCount: Int) {
        self.width = max(1, width)
        self.lines = Lines()
        self.inlines = SortedSpans(sorted: article.inlines.map(\.range))
        self.nextParagraph = 0
        self.paragraphCount = article.paragraphs.count
        self.previousEnd = nil
        layOut(article) { lines, scalars in lines < lineCount || scalars < Self.stepLength }
    }

    /// Whether every paragraph is laid out.
    public var isComplete: Bool { nextParagraph >= paragraphCount }

    /// Lays out more paragraphs of `article` (the one the layout was made from) until there are at
    /// least `lineCount` lines or the article ends, and at least a step's length of text unless the
    /// lines were there already.
    public mutating func extend(toLineCount lineCount: Int, in article: Article) {
        guard !isComplete, lines.count < lineCount else { return }
        layOut(article) { lines, scalars in lines < lineCount || scalars < Self.stepLength }
    }

    /// Lays out more of `article` until the line holding scalar `offset` and `extraLines` lines after it
    /// are there, or the article ends.
    public mutating func extend(through offset: Int, extraLines: Int, in article: Article) {
        while !isComplete, lines.last.map({ $0.start <= offset }) ?? true {
            layOut(article) { _, scalars in scalars < Self.stepLength }
        }
        extend(toLineCount: lineIndex(containing: offset) + 1 + max(0, extraLines), in: article)
    }

    /// Lays out one more step's length of `article`'s text, if any is left.
    public mutating func step(in article: Article) {
        guard !isComplete else { return }
        layOut(article) { _, scalars in scalars < Self.stepLength }
    }

    /// Lays out the rest of `article`.
    public mutating func complete(in article: Article) {
        extend(toLineCount: .max, in: article)
    }

    /// Lays out paragraphs from `nextParagraph` while `goOn(lines so far, scalars laid out in this call)`
    /// holds, as one new chunk.
    private mutating func layOut(_ article: Article, while goOn: (Int, Int) -> Bool) {
        let scanner = GraphemeScanner(scalars: article.scalars)
        var wrapper = ParagraphWrapper(width: width)
        var scalars = 0
        let end = min(paragraphCount, article.paragraphs.count)
        while nextParagraph < end, goOn(lines.count + wrapper.rows.count, scalars) {
            let index = nextParagraph
            let paragraph = article.paragraphs[index]
            nextParagraph += 1
            scalars += paragraph.length + 1
            guard !paragraph.isEmpty else { continue }
            if let end = previousEnd, article.blocks[safe: index - 1]?.kind != .dateline {
                wrapper.addBlankRow(start: end, paragraph: index - 1)
            }
            wrapper.startParagraph(index, start: paragraph.start)
            scanner.forEachSegment(in: paragraph) { wrapper.add($0) }
            wrapper.finishParagraph()
            previousEnd = paragraph.end
        }
        // An article with fewer paragraphs than the layout was made for ends the layout there.
        if end < paragraphCount { nextParagraph = paragraphCount }
        lines.append(Chunk(rows: wrapper.rows, runs: wrapper.runs))
    }

    /// The index of the line that holds scalar `offset`: the last line starting at or before it (0 when
    /// there is none), among the lines laid out so far.
    public func lineIndex(containing offset: Int) -> Int {
        lines.lineIndex(containing: offset)
    }
}

extension ArticleLayout {
    /// One step's rows: each row's stretch of the step's runs, its start and its paragraph.
    struct Chunk: Sendable {
        var rows: [ParagraphWrapper.RowRecord]
        var runs: [Run]
    }

    /// The rows laid out, step after step, as one collection of lines: line `i` is found by binary search
    /// over the steps' first lines.
    public struct Lines: RandomAccessCollection, Sendable {
        /// The non-empty steps, top to bottom.
        private var chunks: [Chunk] = []
        /// The index of each step's first line.
        private var firstLines: [Int] = []
        /// The offset each step's first line starts at.
        private var firstStarts: [Int] = []
        public private(set) var count = 0

        public var startIndex: Int { 0 }
        public var endIndex: Int { count }

        public subscript(index: Int) -> Line {
            let chunk = Self.lastIndex(in: firstLines, atMost: index)
            let row = chunks[chunk].rows[index - firstLines[chunk]]
            return Line(runs: chunks[chunk].runs[row.runs], start: row.start, paragraph: row.paragraph)
        }

        /// The line at `index`, or nil when there is none.
        public subscript(safe index: Int) -> Line? {
            index >= 0 && index < count ? self[index] : nil
        }

        mutating func append(_ chunk: Chunk) {
            guard let first = chunk.rows.first else { return }
            chunks.append(chunk)
            firstLines.append(count)
            firstStarts.append(first.start)
            count += chunk.rows.count
        }

        /// The last line starting at or before `offset` (0 when there is none).
        func lineIndex(containing offset: Int) -> Int {
            guard !chunks.isEmpty else { return 0 }
            let chunk = Self.lastIndex(in: firstStarts, atMost: offset)
            let after = chunks[chunk].rows.partitioningIndex { $0.start > offset }
            return firstLines[chunk] + Swift.max(0, after - 1)
        }

        /// The index of the last of the ascending `values` at most `value` (0 when there is none).
        private static func lastIndex(in values: [Int], atMost value: Int) -> Int {
            Swift.max(0, values.partitioningIndex { $0 > value } - 1)
        }
    }

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
