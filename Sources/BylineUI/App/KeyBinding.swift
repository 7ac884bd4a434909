/// One row of the keymap: the keys, what they do, where they work, and how help and the hint line
/// describe them.
public struct KeyBinding: Hashable, Sendable {
    /// The sections of the help overlay, in the order shown.
    public enum Group: String, Hashable, Sendable, CaseIterable {
        case reading = "Reading"
        case entities = "Entities"
        case quotes = "Quotes"
        case relations = "Relations"
        case panes = "Panes"
        case general = "General"
    }

    /// The keys, the first being the one the hint line shows.
    public var keys: [Key]
    public var action: Action
    /// A short sentence for the help overlay. Consecutive bindings of a group with the same
    /// description share one help row ("j ↓ k ↑  Select the next / previous entity").
    public var description: String
    public var group: Group
    /// The pane the binding works in; nil for everywhere. A pane's own binding of a key wins over an
    /// everywhere one.
    public var pane: Pane?
    /// A word or two for the status line's hints; nil leaves the binding out of them.
    public var hint: String?

    public init(keys: [Key], action: Action, description: String, group: Group, pane: Pane? = nil,
                hint: String? = nil) {
        self.keys = keys
        self.action = action
        self.description = description
        self.group = group
        self.pane = pane
        self.hint = hint
    }

    /// The keys as the help overlay lists them: "j ↓ Enter".
    public var keyLabels: String { keys.map(\.label).joined(separator: " ") }
}
