import BylineCore

/// The article's wrapped text, from a given line down, with a one-column margin on each side where the
/// area is wide enough. Text is drawn in the scope `text`, control-character stand-ins in
/// `ui.placeholder`. Name mentions are patched with their kind's scope (`entity.person`, …), every
/// mention of the selected entity with `entity.selected`, and the current one with `entity.current`,
/// which also gets a `›` marker in the left margin of its row (as does the current search match).
///
/// Direct quotes are patched with `quote` (the current one with `quote.current`) under the entity
/// highlighting. When the article has quotes and the area is at least `gutterMinimumWidth` wide, a
/// speaker gutter left of the text shows, beside each quote's first line, its speaker's short name in
/// `quote.speaker` ("?" for none); the text wraps to the narrower width that leaves. The evidence of
/// the relation opened last is patched with `search.current`, above the kinds and under the selection;
/// search matches with `search.match`, the current one with `search.current`. The highlights are
/// `Decoration`s laid on in their layers' order, the lowest the blocks' styles by kind (the title and
/// headings in `ui.heading`, the byline, dateline and captions in `ui.byline`) and inline markup
/// (emphasis italic, strong bold).
public struct ArticlePane: Sendable {
    /// The left-margin marker of the current mention's row.
    public static let currentMarker = "›"

    /// Areas narrower than this get no margins.
    public static let marginMinimumWidth = 12
    /// Areas narrower than this get no speaker gutter.
    public static let gutterMinimumWidth = 56
    /// The speaker gutter's columns, the space after the name included.
    public static let gutterWidth = 11

    public let article: Article
    public let layout: ArticleLayout
    /// The index of the first line shown.
    public let top: Int
    /// The name mentions highlighted by kind.
    public let highlights: MentionHighlights
    /// The selected entity's mentions.
    public let selected: SortedSpans
    /// The mention `n`/`N` went to last.
    public let current: TextRange?
    /// The direct quotes to style, and whose speakers the gutter names.
    public let quotes: QuoteList?
    /// The index in `quotes.quotes` of the current quote.
    public let currentQuote: Int?
    /// The evidence of the relation opened last.
    public let evidence: TextRange?
    /// The search whose matches are highlighted.
    public let search: Search?
    /// The index among the search's matches of the current one.
    public let currentMatch: Int?

    public init(article: Article, layout: ArticleLayout, top: Int,
                highlights: MentionHighlights = MentionHighlights(entities: []),
                selected: [TextRange] = [], current: TextRange? = nil, quotes: QuoteList? = nil,
                currentQuote: Int? = nil, evidence: TextRange? = nil, search: Search? = nil, currentMatch: Int? = nil) {
        self.init(article: article, layout: layout, top: top, highlights: highlights,
                  selected: SortedSpans(sorted: selected.sorted()), current: current, quotes: quotes,
                  currentQuote: currentQuote, evidence: evidence, search: search, currentMatch: currentMatch)
    }

    init(article: Article, layout: ArticleLayout, top: Int, highlights: MentionHighlights, selected: SortedSpans,
         current: TextRange?, quotes: QuoteList?, currentQuote: Int?, evidence: TextRange?, search: Search?,
         currentMatch: Int?) {
        self.article = article
        self.layout = layout
        self.top = top
        self.highlights = highlights
        self.selected = selected
        self.current = current
        self.quotes = quotes
        self.currentQuote = currentQuote
        self.evidence = evidence
        self.search = search
        self.currentMatch = currentMatch
    }

    /// The pane for `state`'s article, position and entity selection.
    public init(state: AppState) {
        let list = state.entityList
        let index = list.index(of: state.article.entities.selected)
        let entity = index.map { list.entities[$0] }
        self.init(article: state.analysis.article, layout: state.layout, top: state.top, highlights: state.highlights,
                  selected: index.map(list.mentionSpans(of:)) ?? SortedSpans(sorted: []),
                  current: state.currentMention.flatMap { index in entity?.mentions[safe: index]?.range },
                  quotes: state.quoteList, currentQuote: state.currentQuote, evidence: state.currentEvidence,
                  search: state.article.search, currentMatch: state.currentMatch)
    }

    /// Whether an area this wide shows the speaker gutter, for an article that `hasQuotes`.
    public static func hasGutter(in area: Rect, hasQuotes: Bool) -> Bool {
        hasQuotes && area.width >= gutterMinimumWidth
    }

    /// The part of `area` the text goes in: `area` less the margins and, for an article that
    /// `hasQuotes`, the speaker gutter where it shows.
    public static func textArea(in area: Rect, hasQuotes: Bool = false) -> Rect {
        let text = area.width >= marginMinimumWidth ? area.inset(columns: 1, rows: 0) : area
        return hasGutter(in: area, hasQuotes: hasQuotes) ? text.splitLeft(gutterWidth).1 : text
    }

    /// Draws the lines from `top` down into `area`, margins and rows past the end in `text`.
    public func render(into buffer: inout Buffer, area: Rect, theme: Theme) {
        let textStyle = theme.style(for: "text")
        let placeholderStyle = theme.style(for: "ui.placeholder")
        buffer.fill(area, style: textStyle)
        let hasQuotes = !(quotes?.quotes.isEmpty ?? true)
        let text = Self.textArea(in: area, hasQuotes: hasQuotes)
        guard top >= 0 else { return }
        let blockStyles = BlockStyles(theme: theme)
        let layers = Layers(selected: theme.style(for: "entity.selected"), current: theme.style(for: "entity.current"),
                            kinds: Dictionary(uniqueKeysWithValues: EntityKind.allCases.map { ($0, theme.style(for: $0.scope)) }),
                            quote: theme.style(for: "quote"), currentQuote: theme.style(for: "quote.current"),
                            evidence: theme.style(for: "search.current"), match: theme.style(for: "search.match"),
                            currentMatch: theme.style(for: "search.current"), text: textStyle)
        for row in 0..<text.height {
            let index = top + row
            guard index < layout.lines.count else { break }
            let line = layout.lines[index]
            let y = text.y + row
            for run in line.runs {
                let x = text.x + run.column
                switch run.kind {
                case .text:
                    buffer.write(article.string(run.range), x: x, y: y, style: textStyle, clip: text)
                case .placeholder(let shown):
                    buffer.write(String(shown), x: x, y: y, style: placeholderStyle, clip: text)
                case .blank:
                    break
                }
            }
            guard let first = line.runs.first, let last = line.runs.last else { continue }
            let lineRange = TextRange(start: first.range.start, end: max(first.range.start, last.range.end))
            let decorations = blockStyles.decorations(on: line, lineRange: lineRange, article: article, inlines: layout.inlines)
                + decorations(on: lineRange, layers: layers)
            for decoration in decorations.sorted(by: { $0.layer < $1.layer }) {
                patch(decoration.range, with: decoration.style, on: line, into: &buffer, y: y, origin: text.x, clip: text)
            }
        }
        let marked = current ?? currentMatch.flatMap { search?.matches[safe: $0] }
        if let marked, text.x > area.x, !layout.lines.isEmpty {
            let row = layout.lineIndex(containing: marked.start) - top
            if row >= 0, row < text.height {
                buffer.write(Self.currentMarker, x: area.x, y: text.y + row,
                             style: current == nil ? layers.currentMatch : layers.current, clip: area)
            }
        }
        if Self.hasGutter(in: area, hasQuotes: hasQuotes) {
            renderGutter(into: &buffer, text: text, theme: theme)
        }
    }

    /// Every decoration that reaches into a line's `range`, from every source, in no particular order.
    private func decorations(on range: TextRange, layers: Layers) -> [Decoration] {
        var found: [Decoration] = []
        if let quotes {
            found += quotes.quotes(overlapping: range).map { index in
                let style = index == currentQuote ? layers.quote.patched(with: layers.currentQuote) : layers.quote
                return Decoration(range: quotes.quotes[index].range, style: style, layer: .quote)
            }
        }
        found += highlights.spans(overlapping: range).map {
            Decoration(range: $0.range, style: layers.kinds[$0.kind] ?? layers.text, layer: .kind)
        }
        if let search {
            let matches = search.matches(overlapping: range)
            found += zip(matches.indices, matches).map { index, match in
                index == currentMatch ? Decoration(range: match, style: layers.currentMatch, layer: .currentMatch)
                    : Decoration(range: match, style: layers.match, layer: .match)
            }
        }
        if let evidence, evidence.overlaps(range) {
            found.append(Decoration(range: evidence, style: layers.evidence, layer: .evidence))
        }
        found += selected.overlapping(range).map { Decoration(range: $0, style: layers.selected, layer: .selection) }
        if let current, current.overlaps(range) {
            found.append(Decoration(range: current, style: layers.current, layer: .currentMention))
        }
        return found
    }

    /// The speakers' short names, left of the text, on the rows where quotes start (the first quote's,
    /// when several start on one row); the current quote's patched with `quote.current`.
    private func renderGutter(into buffer: inout Buffer, text: Rect, theme: Theme) {
        guard let quotes, !layout.lines.isEmpty else { return }
        let style = theme.style(for: "quote.speaker")
        let bottom = min(layout.lines.count, top + text.height)
        guard top < bottom else { return }
        let end = bottom < layout.lines.count ? layout.lines[bottom].start : article.length
        let visible = TextRange(start: layout.lines[top].start, end: max(layout.lines[top].start, end))
        var shownRows: Set<Int> = []
        for index in quotes.quotes(overlapping: visible) {
            let row = layout.lineIndex(containing: quotes.quotes[index].range.start) - top
            guard row >= 0, row < bottom - top, shownRows.insert(row).inserted else { continue }
            let name = Buffer.truncated(quotes.shortSpeaker(of: index), toWidth: Self.gutterWidth - 1)
            let cell = Rect(x: text.x - Self.gutterWidth, y: text.y + row, width: Self.gutterWidth - 1, height: 1)
            let drawn = buffer.write(name, x: cell.x, y: cell.y, style: style, clip: cell)
            if index == currentQuote {
                buffer.patchStyle(Rect(x: cell.x, y: cell.y, width: drawn, height: 1), with: theme.style(for: "quote.current"))
            }
        }
    }

    /// The styles laid over the text.
    private struct Layers {
        var selected: Style
        var current: Style
        var kinds: [EntityKind: Style]
        var quote: Style
        var currentQuote: Style
        var evidence: Style
        var match: Style
        var currentMatch: Style
        var text: Style
    }

    /// Patches `style` over the columns of `line` that show `range`.
    private func patch(_ range: TextRange, with style: Style, on line: ArticleLayout.Line, into buffer: inout Buffer,
                       y: Int, origin: Int, clip: Rect) {
        for run in line.runs where run.range.overlaps(range) {
            var start = run.column
            var width = run.width
            if run.kind == .text, !range.contains(run.range) {
                let from = max(run.range.start, range.start)
                let to = min(run.range.end, range.end)
                start += DisplayWidth.of(article.string(TextRange(start: run.range.start, end: from)))
                width = DisplayWidth.of(article.string(TextRange(start: from, end: to)))
            }
            buffer.patchStyle(Rect(x: origin + start, y: y, width: width, height: 1).intersection(clip), with: style)
        }
    }
}
