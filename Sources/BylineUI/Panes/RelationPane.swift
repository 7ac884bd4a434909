import BylineCore

/// What the article says about one entity: its name and number of relations on the first row, an
/// `EgoNetwork` drawing under it when the pane has room (at most half its height, `EgoNetwork.minimumWidth`
/// wide), then the relations grouped by label ("supports", "supported by", …) with each group's
/// heading in `relation.predicate` and its count at the right. Each relation's row names the other
/// entity (or the title) in `relation`, then the evidence sentence's first words, and, for claims
/// made inside a quotation, "claimed by Name" at the right in `relation.claim`. The selected row is
/// patched with `ui.selection` and kept in view. While the analysis runs, it says so instead.
public struct RelationPane: Sendable {
    public let article: Article
    /// The entity's name; nil when no entity is chosen.
    public let name: String?
    public let entries: [RelationList.Entry]
    /// The index in `entries` of the selected one.
    public let selected: Int?
    /// The index of the list's first row shown (kept in range when drawn).
    public let top: Int

    /// Whether the analysis is still running (so no relations are known yet).
    public let isAnalysing: Bool

    /// The claim's share of an entry row at most, in percent; the other entity's name gets the same.
    static let sideShare = 35
    /// The column an entry row's text starts at.
    static let entryIndent = 3

    public init(article: Article, name: String?, entries: [RelationList.Entry], selected: Int?,
                isAnalysing: Bool = false, top: Int = 0) {
        self.article = article
        self.top = top
        self.isAnalysing = isAnalysing
        self.name = name
        self.entries = entries
        self.selected = selected
    }

    /// The pane for `state`'s relation entity and selection.
    public init(state: AppState) {
        self.init(article: state.analysis.article,
                  name: state.relationEntityID.map { state.relationList.name(of: $0) ?? $0 },
                  entries: state.relationEntries, selected: state.selectedRelationPosition,
                  isAnalysing: state.isAnalysing, top: state.article.relations.top)
    }

    /// The network's rows for an `area` this pane draws in, or nil when it gets none.
    public func networkRows(in area: Rect) -> [[EgoNetwork.Segment]]? {
        guard let name, !entries.isEmpty else { return nil }
        let network = EgoNetwork(center: name, entries: entries)
        let room = (area.height - 1) / 2 - 1
        return network.rows(width: area.width - 2 * Self.networkMargin(in: area), height: min(room, network.fullHeight))
    }

    /// The columns left blank each side of the network: one when that leaves it room.
    static func networkMargin(in area: Rect) -> Int {
        area.width >= EgoNetwork.minimumWidth + 2 ? 1 : 0
    }

    /// Draws the pane into `area`.
    public func render(into buffer: inout Buffer, area: Rect, theme: Theme) {
        let gutter = theme.style(for: "ui.gutter")
        buffer.fill(area, style: theme.style(for: "text"))
        guard !area.isEmpty else { return }
        if isAnalysing {
            write(PendingAnalysis.notice, y: area.y, style: gutter, area: area, into: &buffer)
            return
        }
        guard let name else {
            write("No entity selected: pick one in the entity pane", y: area.y, style: gutter, area: area, into: &buffer)
            return
        }
        let count = "\(entries.count) relation\(entries.count == 1 ? "" : "s")"
        renderRow(left: name, leftStyle: theme.style(for: "entity.selected"), right: count, rightStyle: gutter,
                  indent: 1, into: &buffer, line: Rect(x: area.x, y: area.y, width: area.width, height: 1))
        guard !entries.isEmpty else {
            write("No relations found", y: area.y + 1, style: gutter, area: area, into: &buffer)
            return
        }
        if let network = networkRows(in: area) {
            for (offset, row) in network.enumerated() {
                var x = area.x + Self.networkMargin(in: area)
                for segment in row {
                    x += buffer.write(segment.text, x: x, y: area.y + 1 + offset, style: theme.style(for: segment.scope),
                                      clip: area)
                }
            }
        }
        renderList(into: &buffer, area: listArea(in: area), theme: theme)
    }

    /// Where the list goes in the pane's `area`: under the heading row and the network, if drawn.
    public func listArea(in area: Rect) -> Rect {
        let listTop = area.y + 1 + (networkRows(in: area).map { $0.count + 1 } ?? 0)
        return Rect(x: area.x, y: listTop, width: area.width, height: max(0, area.maxY - listTop))
    }

    /// The headings and entries from `top` down (the state keeps the selected entry in view).
    private func renderList(into buffer: inout Buffer, area: Rect, theme: Theme) {
        guard !area.isEmpty else { return }
        let rows = RelationList.rows(of: entries)
        let top = min(max(0, self.top), max(0, rows.count - area.height))
        let gutter = theme.style(for: "ui.gutter")
        let room = area.width - Self.entryIndent - 1
        let otherWidth = min(entries.map { DisplayWidth.of($0.other) }.max() ?? 0, max(1, room * Self.sideShare / 100))
        for (offset, row) in rows.dropFirst(top).prefix(area.height).enumerated() {
            let line = Rect(x: area.x, y: area.y + offset, width: area.width, height: 1)
            switch row {
            case .heading(let label, let count):
                renderRow(left: label, leftStyle: theme.style(for: "relation.predicate"), right: "\(count)",
                          rightStyle: gutter, indent: 1, into: &buffer, line: line)
            case .entry(let index):
                renderEntry(entries[index], otherWidth: otherWidth, into: &buffer, line: line, theme: theme)
                if index == selected {
                    buffer.patchStyle(line, with: theme.style(for: "ui.selection"))
                }
            }
        }
    }

    /// "   Other  evidence words…      claimed by Name", the evidence starting `otherWidth` columns and
    /// two spaces after the other's name (at once, for none).
    private func renderEntry(_ entry: RelationList.Entry, otherWidth: Int, into buffer: inout Buffer, line: Rect,
                             theme: Theme) {
        let room = line.width - Self.entryIndent - 1
        guard room > 0 else { return }
        var rightWidth = 0
        if let claimant = entry.claimant, room >= 8 {
            let shown = Buffer.truncated("claimed by " + claimant, toWidth: max(1, room * Self.sideShare / 100))
            rightWidth = DisplayWidth.of(shown) + 1
            buffer.write(shown, x: line.maxX - rightWidth, y: line.y, style: theme.style(for: "relation.claim"), clip: line)
        }
        var x = line.x + Self.entryIndent
        var left = room - rightWidth - (rightWidth > 0 ? 1 : 0)
        if otherWidth > 0, left > otherWidth + 2 {
            buffer.write(Buffer.truncated(entry.other, toWidth: otherWidth), x: x, y: line.y,
                         style: theme.style(for: "relation"), clip: line)
            x += otherWidth + 2
            left -= otherWidth + 2
        }
        let words = article.string(entry.evidence).split(whereSeparator: \.isWhitespace).joined(separator: " ")
        buffer.write(Buffer.truncated(words, toWidth: left), x: x, y: line.y, style: theme.style(for: "text"), clip: line)
    }

    /// `left` from column `indent`, cut to leave room for `right` at the right edge.
    private func renderRow(left: String, leftStyle: Style, right: String, rightStyle: Style, indent: Int,
                           into buffer: inout Buffer, line: Rect) {
        let room = line.width - indent - 1
        guard room > 0 else { return }
        var rightWidth = 0
        if room >= 8 {
            let shown = Buffer.truncated(right, toWidth: max(1, room * Self.sideShare / 100))
            rightWidth = DisplayWidth.of(shown) + 1
            buffer.write(shown, x: line.maxX - rightWidth, y: line.y, style: rightStyle, clip: line)
        }
        let text = Buffer.truncated(left, toWidth: room - rightWidth - (rightWidth > 0 ? 1 : 0))
        buffer.write(text, x: line.x + indent, y: line.y, style: leftStyle, clip: line)
    }

    /// A notice on row `y`, in from the left edge.
    private func write(_ notice: String, y: Int, style: Style, area: Rect, into buffer: inout Buffer) {
        buffer.write(Buffer.truncated(notice, toWidth: area.width - 2), x: area.x + 1, y: y, style: style, clip: area)
    }
}
