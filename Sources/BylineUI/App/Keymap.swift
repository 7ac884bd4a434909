/// The key bindings as data: the one table that key handling, the help overlay and the status line's
/// hints are all made from, so they never disagree. Keys are looked up by mode, then by the focused
/// pane (a pane's own binding wins over an everywhere one), as sequences: a key that starts a longer
/// sequence (`:` of `:n`, `]` of `]]`) is a prefix, and may be bound on its own as well.
public struct Keymap: Sendable {
    /// One row of the help overlay: bindings sharing a description, their keys listed together.
    public struct HelpRow: Hashable, Sendable {
        public var keys: String
        public var description: String
    }

    /// What a sequence of keys typed so far means.
    public enum Lookup: Hashable, Sendable {
        /// A whole binding: do this.
        case action(Action)
        /// The start of longer sequences; `action` is what the keys typed so far do on their own, if anything.
        case prefix(Action?)
        /// A binding waiting for one more key, a character, as the action's argument.
        case argument(Action)
        /// Nothing.
        case unbound
    }

    /// The bindings in the order help lists them.
    public let bindings: [KeyBinding]
    /// The first binding of each sequence, by mode and pane (nil for everywhere).
    private let table: [KeyMode: [Pane?: [[Key]: KeyBinding]]]
    /// Every proper prefix of a bound sequence, by mode and pane.
    private let prefixes: [KeyMode: [Pane?: Set<[Key]>]]

    /// A keymap of `bindings`; where a sequence appears twice for the same mode and pane, the first
    /// binding wins.
    public init(bindings: [KeyBinding]) {
        self.bindings = bindings
        var table: [KeyMode: [Pane?: [[Key]: KeyBinding]]] = [:]
        var prefixes: [KeyMode: [Pane?: Set<[Key]>]] = [:]
        for binding in bindings {
            for sequence in binding.sequences where !sequence.isEmpty {
                if table[binding.mode]?[binding.pane]?[sequence] == nil {
                    table[binding.mode, default: [:]][binding.pane, default: [:]][sequence] = binding
                }
                for length in 1..<sequence.count {
                    prefixes[binding.mode, default: [:]][binding.pane, default: []].insert(Array(sequence.prefix(length)))
                }
            }
        }
        self.table = table
        self.prefixes = prefixes
    }

    /// What the keys typed so far mean in `mode` with `pane` focused.
    public func lookup(_ keys: [Key], mode: KeyMode = .normal, in pane: Pane = .article) -> Lookup {
        let binding = table[mode]?[pane]?[keys] ?? table[mode]?[nil]?[keys]
        let isPrefix = prefixes[mode]?[pane]?.contains(keys) == true || prefixes[mode]?[nil]?.contains(keys) == true
        if isPrefix { return .prefix(binding.flatMap { $0.takesArgument ? nil : $0.action }) }
        guard let binding else { return .unbound }
        return binding.takesArgument ? .argument(binding.action) : .action(binding.action)
    }

    /// What the single key `key` does in `pane` in normal mode, whether or not it also starts a sequence.
    public func action(for key: Key, in pane: Pane = .article) -> Action? {
        switch lookup([key], in: pane) {
        case .action(let action), .prefix(let action?): action
        default: nil
        }
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
            guard let hint = binding.hint, let keys = binding.sequences.first else { return nil }
            return (keys.map(\.label).joined(), hint)
        }
    }
}
