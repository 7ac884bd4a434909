/// The bottom row: where the article came from (or the selected entity's mentions), key hints from the
/// keymap, and the reading position ("line 12/340 37%") at the right, with the analysis's progress
/// ("analysing… 3 s") left of it while the analysis runs. A message (a theme or model problem) takes the
/// place of the source and hints until the next key, in `ui.message.error`. When the row is short the
/// hints are cut first, then the source (or message), then the progress; the position stays visible.
/// Drawn in `ui.status`, hint keys in `ui.status.key`. While a prompt is open (`/`, `?`, `&`, `:`), it
/// takes the left part instead, with a cursor cell in reverse video.
public struct StatusLine: Sendable {
    /// The article's source as the user named it.
    public var source: String
    /// The position text, see `position(top:pageHeight:lineCount:)`.
    public var position: String
    /// The hints, as (key label, word).
    public var hints: [(key: String, hint: String)]
    /// The analysis's progress while it runs.
    public var progress: String?
    /// A problem to show in place of the source and hints.
    public var errorMessage: String?
    /// The prompt's text, its symbol first (`/Okafor`), while one is open.
    public var prompt: String?

    public init(source: String, position: String, hints: [(key: String, hint: String)], progress: String? = nil,
                errorMessage: String? = nil, prompt: String? = nil) {
        self.source = source
        self.position = position
        self.hints = hints
        self.progress = progress
        self.errorMessage = errorMessage
        self.prompt = prompt
    }

    /// The status line for `state`: the relation whose evidence Enter went to ("relation 2/5 · Name
    /// supported by Other"), else the current quote ("quote 3/20 · Name · told reporters", "?" for
    /// no speaker), else while an entity is selected, where its mentions are ("mention 2/8 · Name", or
    /// "Name · 8 mentions" before `n`/`N`), else the source.
    public init(state: AppState) {
        let prompt: String?
        switch state.mode {
        case .prompt: prompt = state.prompt.map { $0.symbol + $0.text }
        case .command: prompt = ":"
        default: prompt = nil
        }
        self.init(source: state.note ?? Self.subject(of: state),
                  position: state.layout.isComplete
                      ? Self.position(top: state.top, pageHeight: state.pageHeight, lineCount: state.layout.lines.count)
                      : Self.position(top: state.top, pageEnd: state.layout.lines[safe: state.top + state.pageHeight]?.start,
                                      length: state.analysis.article.length),
                  hints: state.note == nil ? state.keymap.hints : [], progress: state.article.pendingAnalysis?.progress,
                  errorMessage: state.errorMessage, prompt: prompt)
    }

    /// What the left of the line names for `state`: the current target, else the selected entity, else
    /// the source.
    static func subject(of state: AppState) -> String {
        if let current = state.currentMatch, let search = state.article.search {
            return "match \(current + 1)/\(search.matches.count) · " + (search.isForward ? "/" : "?") + search.query.pattern
        }
        if state.currentEvidence != nil, let position = state.selectedRelationPosition,
           let id = state.relationEntityID {
            let entries = state.relationEntries
            let entry = entries[position]
            let name = state.relationList.name(of: id) ?? id
            return "relation \(position + 1)/\(entries.count) · \(name) \(entry.label)"
                + (entry.other.isEmpty ? "" : " " + entry.other)
        }
        if let current = state.currentQuote {
            let list = state.quoteList
            let cue = list.cueText(of: current)
            return "quote \(current + 1)/\(list.quotes.count) · \(list.speakerName(of: current) ?? "?")"
                + (cue.isEmpty ? "" : " · " + cue)
        }
        guard let entity = state.selectedEntity else {
            let count = state.articles.count
            return (count > 1 ? "article \(state.current + 1)/\(count) · " : "") + state.analysis.source
        }
        let count = entity.mentions.count
        if let current = state.currentMention {
            return "mention \(current + 1)/\(count) · \(entity.name)"
        }
        return "\(entity.name) · \(count) mention\(count == 1 ? "" : "s")"
    }

    /// "line N/TOTAL" for the top line shown (1-based), then "All" when everything fits, "Top" at the
    /// top, "Bot" at the bottom, and otherwise how far down the page's last line is, in percent.
    public static func position(top: Int, pageHeight: Int, lineCount: Int) -> String {
        let shownTop = lineCount == 0 ? 0 : top + 1
        let bottom = min(lineCount, top + max(1, pageHeight))
        let place: String
        if top == 0, bottom >= lineCount {
            place = "All"
        } else if top == 0 {
            place = "Top"
        } else if bottom >= lineCount {
            place = "Bot"
        } else {
            place = "\(bottom * 100 / lineCount)%"
        }
        return "line \(shownTop)/\(lineCount) \(place)"
    }

    /// "line N/?" while the article is still being laid out, then "Top" at the top and otherwise how far
    /// into the text the page's end is, in percent (`pageEnd`, the offset of the line after the page, nil
    /// when no line follows the page).
    public static func position(top: Int, pageEnd: Int?, length: Int) -> String {
        let place = top == 0 ? "Top" : "\((pageEnd ?? length) * 100 / max(1, length))%"
        return "line \(top + 1)/? \(place)"
    }

    /// Draws the status line in the first row of `area`.
    public func render(into buffer: inout Buffer, area: Rect, theme: Theme) {
        guard !area.isEmpty else { return }
        let style = theme.style(for: "ui.status")
        let keyStyle = theme.style(for: "ui.status.key")
        let placeholderStyle = theme.style(for: "ui.placeholder")
        buffer.fill(area, style: style)
        let y = area.y
        let right = " " + position + " "
        let rightWidth = DisplayWidth.of(right)
        if rightWidth >= area.width {
            buffer.write(Buffer.truncated(right, toWidth: area.width), x: area.x, y: y, style: style, clip: area)
            return
        }
        buffer.write(right, x: area.maxX - rightWidth, y: y, style: style, clip: area)
        var leftWidth = area.width - rightWidth
        if let progress {
            let shown = " " + progress + " "
            let shownWidth = DisplayWidth.of(shown)
            if shownWidth < leftWidth {
                leftWidth -= shownWidth
                buffer.write(shown, x: area.x + leftWidth, y: y, style: style, clip: area)
            }
        }
        let left = Rect(x: area.x, y: y, width: leftWidth, height: 1)
        if let prompt {
            renderPrompt(prompt, into: &buffer, area: left, style: style, placeholderStyle: placeholderStyle)
            return
        }
        if let errorMessage {
            let shown = Buffer.truncated(" " + errorMessage, toWidth: left.width)
            buffer.write(shown, x: left.x, y: y, style: theme.style(for: "ui.message.error"),
                         placeholderStyle: placeholderStyle, clip: left)
            return
        }
        let name = Buffer.truncated(" " + source, toWidth: left.width)
        let nameWidth = buffer.write(name, x: left.x, y: y, style: style, placeholderStyle: placeholderStyle, clip: left)
        let hintArea = Rect(x: left.x + nameWidth, y: y, width: left.width - nameWidth, height: 1)
        renderHints(into: &buffer, area: hintArea, style: style, keyStyle: keyStyle)
    }

    /// The prompt and a cursor cell after it; a prompt too long for the room shows its end.
    private func renderPrompt(_ prompt: String, into buffer: inout Buffer, area: Rect, style: Style,
                              placeholderStyle: Style) {
        guard area.width >= 2 else { return }
        var shown = prompt
        while DisplayWidth.of(shown) > area.width - 2, !shown.isEmpty {
            shown.removeFirst()
        }
        let width = buffer.write(" " + shown, x: area.x, y: area.y, style: style, placeholderStyle: placeholderStyle,
                                 clip: area)
        var cursor = style
        cursor.attributes.formSymmetricDifference(.reverse)
        buffer.write(" ", x: area.x + width, y: area.y, style: cursor, clip: area)
    }

    /// The hints, each "  key word", as many whole ones as fit; "  …" stands for those left out.
    private func renderHints(into buffer: inout Buffer, area: Rect, style: Style, keyStyle: Style) {
        let widths = hints.map { 3 + DisplayWidth.of($0.key) + DisplayWidth.of($0.hint) }
        let room = widths.reduce(0, +) <= area.width ? area.width : area.width - 3
        var x = area.x
        for (hint, width) in zip(hints, widths) {
            guard x - area.x + width <= room else {
                buffer.write("  …", x: x, y: area.y, style: style, clip: area)
                return
            }
            x += buffer.write("  ", x: x, y: area.y, style: style, clip: area)
            x += buffer.write(hint.key, x: x, y: area.y, style: keyStyle, clip: area)
            x += buffer.write(" " + hint.hint, x: x, y: area.y, style: style, clip: area)
        }
    }
}
