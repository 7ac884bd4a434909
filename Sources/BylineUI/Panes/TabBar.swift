/// The top row of the narrow layout: one tab per pane shown, "1 Article  2 Entities  3 Quotes  4 Relations",
/// the shown one in `ui.tabbar.active`, the row in `ui.tabbar`. When the row is too short the inactive
/// tabs shrink to their numbers, then the whole row is cut.
public struct TabBar: Sendable {
    /// Each pane's tab text, in pane order.
    public var titles: [Pane: String]
    public var active: Pane
    /// The panes that get a tab, in pane order.
    public var panes: [Pane]

    public init(titles: [Pane: String], active: Pane, panes: [Pane] = Pane.allCases) {
        self.titles = titles
        self.active = active
        self.panes = panes
    }

    /// Draws the bar in the first row of `area`.
    public func render(into buffer: inout Buffer, area: Rect, theme: Theme) {
        guard !area.isEmpty else { return }
        let style = theme.style(for: "ui.tabbar")
        let activeStyle = theme.style(for: "ui.tabbar.active")
        buffer.fill(Rect(x: area.x, y: area.y, width: area.width, height: 1), style: style)
        var x = area.x
        for tab in tabs(width: area.width) {
            x += buffer.write(" ", x: x, y: area.y, style: style, clip: area)
            x += buffer.write(tab.text, x: x, y: area.y, style: tab.pane == active ? activeStyle : style, clip: area)
            x += buffer.write(" ", x: x, y: area.y, style: style, clip: area)
        }
    }

    /// The tabs as drawn in a row `width` wide: the full labels if they fit, else the short ones.
    private func tabs(width: Int) -> [(pane: Pane, text: String)] {
        let full = labels(short: false)
        return full.map { DisplayWidth.of($0.text) + 2 }.reduce(0, +) <= width ? full : labels(short: true)
    }

    /// The pane whose tab is drawn at `column` of a row `width` wide, if any (a space either side counts).
    public func pane(atColumn column: Int, width: Int) -> Pane? {
        var x = 0
        for tab in tabs(width: width) {
            let tabWidth = DisplayWidth.of(tab.text) + 2
            if column >= x, column < x + tabWidth { return tab.pane }
            x += tabWidth
        }
        return nil
    }

    /// The tabs' texts; `short` leaves only the number on inactive tabs.
    private func labels(short: Bool) -> [(pane: Pane, text: String)] {
        panes.map { pane in
            let number = "\(pane.number)"
            if short, pane != active {
                return (pane, number)
            }
            return (pane, number + " " + (titles[pane] ?? pane.title))
        }
    }
}
