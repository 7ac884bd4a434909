/// One row of the keymap: the keys, what they do, and how help and the hint line describe them.
public struct KeyBinding: Hashable, Sendable {
    /// The sections of the help overlay, in the order shown.
    public enum Group: String, Hashable, Sendable, CaseIterable {
        case reading = "Reading"
        case general = "General"
    }

    /// The keys, the first being the one the hint line shows.
    public var keys: [Key]
    public var action: Action
    /// A short sentence for the help overlay.
    public var description: String
    public var group: Group
    /// A word or two for the status line's hints; nil leaves the binding out of them.
    public var hint: String?

    public init(keys: [Key], action: Action, description: String, group: Group, hint: String? = nil) {
        self.keys = keys
        self.action = action
        self.description = description
        self.group = group
        self.hint = hint
    }

    /// The keys as the help overlay lists them: "j ↓ Enter".
    public var keyLabels: String { keys.map(\.label).joined(separator: " ") }
}
