/// Scrolling arithmetic shared by the reader's grouped lists (entities, quotes).
enum ListScroll {
    /// The list's first shown row after bringing `row` into view — with the group heading just above it
    /// when `headingAbove` — in a list of `rowCount` rows shown `height` at a time, starting from `top`.
    /// With no row to reveal, `top` is only kept in range.
    static func top(_ top: Int, revealing row: Int?, headingAbove: Bool, height: Int, rowCount: Int) -> Int {
        let height = max(1, height)
        var top = top
        if let row {
            let first = headingAbove ? row - 1 : row
            if first < top {
                top = first
            } else if row >= top + height {
                top = row - height + 1
            }
        }
        return min(max(0, top), max(0, rowCount - height))
    }
}
