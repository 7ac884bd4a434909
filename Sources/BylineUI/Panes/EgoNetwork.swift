/// An entity's relations drawn as a small network in box-drawing characters: the entity's name in a
/// box, the entities that act on it in a column on the left ("Name ─supports─┤") and what it does or
/// is on the right ("├─title─ ambassador"), one edge per row, labelled by predicate; a side with no
/// edges gives its room to the other.
/// A side with more edges than rows ends in "+3 more". A pure function of the edges and the area; it
/// draws nothing (nil) when the area is narrower than `minimumWidth` or lower than three rows.
public struct EgoNetwork: Hashable, Sendable {
    /// One neighbour: the edge's label and the neighbour's name (or title value).
    public struct Edge: Hashable, Sendable {
        public var label: String
        public var name: String

        public init(label: String, name: String) {
            self.label = label
            self.name = name
        }
    }

    /// A run of one row's text, in a theme scope.
    public struct Segment: Hashable, Sendable {
        public var text: String
        public var scope: String

        public init(_ text: String, _ scope: String) {
            self.text = text
            self.scope = scope
        }
    }

    /// The narrowest area the network is drawn in.
    public static let minimumWidth = 30
    /// The columns a neighbour's name keeps when its label is long; the label is cut first.
    static let nameMinimum = 4
    /// The columns a label keeps on a narrow side, cutting the name instead.
    static let labelMinimum = 5

    public let center: String
    /// Edges into the entity (it is the relation's object), drawn on the left.
    public let incoming: [Edge]
    /// Edges out of the entity (it is the relation's subject), drawn on the right.
    public let outgoing: [Edge]

    public init(center: String, incoming: [Edge], outgoing: [Edge]) {
        self.center = center
        self.incoming = incoming
        self.outgoing = outgoing
    }

    /// The network of `center`'s `entries`, each neighbour and label once, labels read from subject
    /// to object on both sides.
    public init(center: String, entries: [RelationList.Entry]) {
        func edges(_ outgoing: Bool) -> [Edge] {
            var seen: Set<Edge> = []
            return entries.filter { $0.isOutgoing == outgoing }.compactMap { entry in
                let label = outgoing ? entry.label : RelationList.label(of: entry.predicate, value: nil, outgoing: true)
                let edge = Edge(label: label, name: entry.other)
                return seen.insert(edge).inserted ? edge : nil
            }
        }
        self.init(center: center, incoming: edges(false), outgoing: edges(true))
    }

    /// The rows needed to show every edge.
    public var fullHeight: Int { max(incoming.count, outgoing.count, 1) + 2 }

    /// The drawing's rows for an area `width` columns wide and at most `height` rows high, each row
    /// exactly `width` columns; nil when it doesn't fit.
    public func rows(width: Int, height: Int) -> [[Segment]]? {
        guard width >= Self.minimumWidth, height >= 3 else { return nil }
        let inner = min(DisplayWidth.of(center) + 2, width / 3)
        let sides = width - inner - 2
        let leftWidth = incoming.isEmpty ? 0 : outgoing.isEmpty ? sides : sides / 2
        let rightWidth = sides - leftWidth
        let count = min(fullHeight - 2, height - 2)
        let left = Self.items(incoming, rows: count)
        let right = Self.items(outgoing, rows: count)
        let line = "ui.gutter"
        let edge = String(repeating: "─", count: inner)
        var rows = [[Segment(Self.spaces(leftWidth), "text"), Segment("┌" + edge + "┐", line),
                     Segment(Self.spaces(rightWidth), "text")]]
        for index in 0..<count {
            var row = Self.leftPart(left[index], width: leftWidth)
            row.append(Segment(left[index].isEdge ? "┤" : "│", line))
            row += index == 0 ? Self.centered(center, width: inner) : [Segment(Self.spaces(inner), "text")]
            row.append(Segment(right[index].isEdge ? "├" : "│", line))
            row += Self.rightPart(right[index], width: rightWidth)
            rows.append(row)
        }
        rows.append([Segment(Self.spaces(leftWidth), "text"), Segment("└" + edge + "┘", line),
                     Segment(Self.spaces(rightWidth), "text")])
        return rows
    }

    /// What one side shows on a row.
    private enum Item {
        case edge(Edge)
        case more(Int)
        case none

        var isEdge: Bool {
            if case .edge = self { return true }
            return false
        }
    }

    /// `edges` on `rows` rows: all of them when they fit, else the first ones and "+N more".
    private static func items(_ edges: [Edge], rows: Int) -> [Item] {
        let shown: [Item]
        if edges.count > rows {
            shown = edges.prefix(rows - 1).map(Item.edge) + [.more(edges.count - rows + 1)]
        } else {
            shown = edges.map(Item.edge)
        }
        return shown + Array(repeating: .none, count: max(0, rows - shown.count))
    }

    /// "Name ─label───" filling `width` columns, ending where the box begins.
    private static func leftPart(_ item: Item, width: Int) -> [Segment] {
        switch item {
        case .none:
            return [Segment(spaces(width), "text")]
        case .more(let count):
            let text = Buffer.truncated("+\(count) more ", toWidth: width)
            return [Segment(spaces(width - DisplayWidth.of(text)) + text, "ui.gutter")]
        case .edge(let edge):
            let label = Buffer.truncated(edge.label, toWidth: labelWidth(in: width))
            let name = Buffer.truncated(edge.name, toWidth: width - DisplayWidth.of(label) - 3)
            let dashes = width - DisplayWidth.of(name) - DisplayWidth.of(label) - 2
            return [Segment(name, "relation"), Segment(" ─", "ui.gutter"), Segment(label, "relation.predicate"),
                    Segment(String(repeating: "─", count: max(0, dashes)), "ui.gutter")]
        }
    }

    /// "─label─ Name" filling `width` columns, starting where the box ends.
    private static func rightPart(_ item: Item, width: Int) -> [Segment] {
        switch item {
        case .none:
            return [Segment(spaces(width), "text")]
        case .more(let count):
            let text = Buffer.truncated(" +\(count) more", toWidth: width)
            return [Segment(text + spaces(width - DisplayWidth.of(text)), "ui.gutter")]
        case .edge(let edge):
            let label = Buffer.truncated(edge.label, toWidth: labelWidth(in: width))
            let name = Buffer.truncated(edge.name, toWidth: width - DisplayWidth.of(label) - 3)
            let rest = width - DisplayWidth.of(name) - DisplayWidth.of(label) - 3
            return [Segment("─", "ui.gutter"), Segment(label, "relation.predicate"), Segment("─ ", "ui.gutter"),
                    Segment(name, "relation"), Segment(spaces(rest), "text")]
        }
    }

    /// The columns a label may take on a side `width` wide: all but `nameMinimum` columns of name and
    /// the connectors, or `labelMinimum` where that is less, always leaving the name one column.
    private static func labelWidth(in width: Int) -> Int {
        max(1, min(width - 4, max(labelMinimum, width - 3 - nameMinimum)))
    }

    /// `name` centred in `width` columns, cut to leave a space each side.
    private static func centered(_ name: String, width: Int) -> [Segment] {
        let shown = Buffer.truncated(name, toWidth: max(0, width - 2))
        let before = (width - DisplayWidth.of(shown)) / 2
        return [Segment(spaces(before), "text"), Segment(shown, "entity.selected"),
                Segment(spaces(width - before - DisplayWidth.of(shown)), "text")]
    }

    private static func spaces(_ count: Int) -> String { String(repeating: " ", count: max(0, count)) }
}
