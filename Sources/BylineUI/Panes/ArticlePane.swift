import BylineCore

/// The article's wrapped text, from a given line down, with a one-column margin on each side where the
/// area is wide enough. Text is drawn in the scope `text`, control-character stand-ins in
/// `ui.placeholder`. Name mentions are patched with their kind's scope (`entity.person`, …), every
/// mention of the selected entity with `entity.selected`, and the current one with `entity.current`,
/// which also gets a `›` marker in the left margin of its row.
public struct ArticlePane: Sendable {
    /// The left-margin marker of the current mention's row.
    public static let currentMarker = "›"

    /// Areas narrower than this get no margins.
    public static let marginMinimumWidth = 12

    public let article: Article
    public let layout: ArticleLayout
    /// The index of the first line shown.
    public let top: Int
    /// The name mentions highlighted by kind.
    public let highlights: MentionHighlights
    /// The selected entity's mentions, sorted.
    public let selected: [TextRange]
    /// The mention `n`/`N` went to last.
    public let current: TextRange?

    public init(article: Article, layout: ArticleLayout, top: Int,
                highlights: MentionHighlights = MentionHighlights(entities: []),
                selected: [TextRange] = [], current: TextRange? = nil) {
        self.article = article
        self.layout = layout
        self.top = top
        self.highlights = highlights
        self.selected = selected.sorted()
        self.current = current
    }

    /// The pane for `state`'s article, position and entity selection.
    public init(state: AppState) {
        let entity = state.selectedEntity
        self.init(article: state.analysis.article, layout: state.layout, top: state.top, highlights: state.highlights,
                  selected: entity?.mentions.map(\.range) ?? [],
                  current: state.currentMention.flatMap { index in entity?.mentions[safe: index]?.range })
    }

    /// The part of `area` the text goes in: `area` less the margins.
    public static func textArea(in area: Rect) -> Rect {
        area.width >= marginMinimumWidth ? area.inset(columns: 1, rows: 0) : area
    }

    /// Draws the lines from `top` down into `area`, margins and rows past the end in `text`.
    public func render(into buffer: inout Buffer, area: Rect, theme: Theme) {
        let textStyle = theme.style(for: "text")
        let placeholderStyle = theme.style(for: "ui.placeholder")
        buffer.fill(area, style: textStyle)
        let text = Self.textArea(in: area)
        guard top >= 0 else { return }
        let selectedEnds = MentionHighlights.runningMaxEnds(selected)
        let layers = Layers(selected: theme.style(for: "entity.selected"), current: theme.style(for: "entity.current"),
                            kinds: Dictionary(uniqueKeysWithValues: EntityKind.allCases.map { ($0, theme.style(for: $0.scope)) }))
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
            var patches: [(TextRange, Style)] = highlights.spans(overlapping: lineRange).map { ($0.range, layers.kinds[$0.kind] ?? textStyle) }
            patches += MentionHighlights.overlapping(lineRange, in: selected, maxEnds: selectedEnds, range: { $0 })
                .map { ($0, layers.selected) }
            if let current, current.overlaps(lineRange) {
                patches.append((current, layers.current))
            }
            for (range, style) in patches {
                patch(range, with: style, on: line, into: &buffer, y: y, origin: text.x, clip: text)
            }
        }
        if let current, text.x > area.x, !layout.lines.isEmpty {
            let row = layout.lineIndex(containing: current.start) - top
            if row >= 0, row < text.height {
                buffer.write(Self.currentMarker, x: area.x, y: text.y + row, style: layers.current, clip: area)
            }
        }
    }

    /// The styles laid over the text.
    private struct Layers {
        var selected: Style
        var current: Style
        var kinds: [EntityKind: Style]
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
