/// A list pane's scroll and selection, as ratatui's `ListState`: the first row shown and the selected
/// item (an entity id, a quote index, a relation id: whatever stays the same item when the list is
/// filtered or re-sorted).
public struct ListState<Selection: Hashable & Sendable>: Hashable, Sendable {
    /// The index of the first row shown.
    public var top: Int
    /// The selected item, if any.
    public var selected: Selection?

    public init(top: Int = 0, selected: Selection? = nil) {
        self.top = top
        self.selected = selected
    }
}
