/// The key bindings as data: the one table that key handling, the help overlay and the status line's
/// hints are all made from, so they never disagree.
public struct Keymap: Sendable {
    /// One row of the help overlay: bindings sharing a description, their keys listed together.
    public struct HelpRow: Hashable, Sendable {
        public var keys: String
        public var description: String
    }

    /// The bindings in the order help lists them.
    public let bindings: [KeyBinding]
    private let actions: [Pane?: [Key: Action]]

    /// A keymap of `bindings`; where a key appears twice for the same pane, the first binding wins.
    public init(bindings: [KeyBinding]) {
        self.bindings = bindings
        var actions: [Pane?: [Key: Action]] = [:]
        for binding in bindings {
            for key in binding.keys where actions[binding.pane]?[key] == nil {
                actions[binding.pane, default: [:]][key] = binding.action
            }
        }
        self.actions = actions
    }

    /// What `key` does in `pane`: the pane's own binding, else the everywhere one, if any.
    public func action(for key: Key, in pane: Pane = .article) -> Action? {
        actions[pane]?[key] ?? actions[nil]?[key]
    }

    /// The bindings of each group, in the groups' order, leaving out empty groups.
    public var groups: [(group: KeyBinding.Group, bindings: [KeyBinding])] {
        KeyBinding.Group.allCases.compactMap { group in
            let members = bindings.filter { $0.group == group }
            return members.isEmpty ? nil : (group, members)
        }
    }

    /// The help overlay's rows for each group: consecutive bindings with the same description merged.
    public var helpGroups: [(group: KeyBinding.Group, rows: [HelpRow])] {
        groups.map { group, bindings in
            var rows: [HelpRow] = []
            var previous: String?
            for binding in bindings {
                if binding.description == previous, let last = rows.indices.last {
                    rows[last].keys += " " + binding.keyLabels
                } else {
                    rows.append(HelpRow(keys: binding.keyLabels, description: binding.description))
                }
                previous = binding.description
            }
            return (group, rows)
        }
    }

    /// The bindings the status line hints at, in order.
    public var hints: [(key: String, hint: String)] {
        bindings.compactMap { binding in
            guard let hint = binding.hint, let key = binding.keys.first else { return nil }
            return (key.label, hint)
        }
    }
}
