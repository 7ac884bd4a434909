/// One row of the keymap: the key sequences, what they do, in which mode and pane they work, and how
/// help and the hint line describe them.
public struct KeyBinding: Hashable, Sendable {
    /// The sections of the help overlay, in the order shown.
    public enum Group: String, Hashable, Sendable, CaseIterable {
        case reading = "Reading"
        case search = "Searching"
        case entities = "Entities"
        case quotes = "Quotes"
        case relations = "Relations"
        case articles = "Articles"
        case panes = "Panes"
        case general = "General"
        case prompt = "In the search prompt"
        case articleList = "In the article list"
        case help = "In this help"
    }

    /// The key sequences, each typed in order (`]` `]`); the first is the one the hint line shows.
    public var sequences: [[Key]]
    public var action: Action
    /// Whether the sequence waits for one more key, a character that becomes the action's argument
    /// (`m` + letter).
    public var takesArgument: Bool
    /// A short sentence for the help overlay. Consecutive bindings of a group with the same
    /// description share one help row ("j ↓ k ↑  Select the next / previous entity").
    public var description: String
    public var group: Group
    /// The key table the binding belongs to.
    public var mode: KeyMode
    /// The pane the binding works in; nil for everywhere. A pane's own binding of a key wins over an
    /// everywhere one.
    public var pane: Pane?
    /// A word or two for the status line's hints; nil leaves the binding out of them.
    public var hint: String?

    /// A binding of single keys.
    public init(keys: [Key], action: Action, description: String, group: Group, mode: KeyMode = .normal,
                pane: Pane? = nil, hint: String? = nil) {
        self.init(sequences: keys.map { [$0] }, action: action, description: description, group: group, mode: mode,
                  pane: pane, hint: hint)
    }

    /// A binding of key sequences.
    public init(sequences: [[Key]], action: Action, takesArgument: Bool = false, description: String, group: Group,
                mode: KeyMode = .normal, pane: Pane? = nil, hint: String? = nil) {
        self.sequences = sequences
        self.action = action
        self.takesArgument = takesArgument
        self.description = description
        self.group = group
        self.mode = mode
        self.pane = pane
        self.hint = hint
    }

    /// The keys as the help overlay lists them: "j ↓ Enter", ":n", "m a–z", "z 2–4".
    public var keyLabels: String {
        sequences.map { sequence in
            let keys = (mode == .command ? ":" : "") + sequence.map(\.label).joined()
            return takesArgument ? keys + " " + action.argumentLabel : keys
        }.joined(separator: " ")
    }
}
