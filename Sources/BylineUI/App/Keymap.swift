/// The key bindings as data: the one table that key handling, the help overlay and the status line's
/// hints are all made from, so they never disagree.
public struct Keymap: Sendable {
    /// The bindings in the order help lists them.
    public let bindings: [KeyBinding]
    private let actions: [Key: Action]

    /// A keymap of `bindings`; where a key appears twice, the first binding wins.
    public init(bindings: [KeyBinding]) {
        self.bindings = bindings
        var actions: [Key: Action] = [:]
        for binding in bindings {
            for key in binding.keys where actions[key] == nil {
                actions[key] = binding.action
            }
        }
        self.actions = actions
    }

    /// What `key` does, if anything.
    public func action(for key: Key) -> Action? { actions[key] }

    /// The bindings of each group, in the groups' order, leaving out empty groups.
    public var groups: [(group: KeyBinding.Group, bindings: [KeyBinding])] {
        KeyBinding.Group.allCases.compactMap { group in
            let members = bindings.filter { $0.group == group }
            return members.isEmpty ? nil : (group, members)
        }
    }

    /// The bindings the status line hints at, in order.
    public var hints: [(key: String, hint: String)] {
        bindings.compactMap { binding in
            guard let hint = binding.hint, let key = binding.keys.first else { return nil }
            return (key.label, hint)
        }
    }

    /// The reader's keys, as in less.
    public static let reader = Keymap(bindings: [
        KeyBinding(keys: [.character("j"), .down, .enter], action: .lineDown,
                   description: "Scroll down one line", group: .reading),
        KeyBinding(keys: [.character("k"), .up], action: .lineUp,
                   description: "Scroll up one line", group: .reading),
        KeyBinding(keys: [.character(" "), .character("f"), .pageDown], action: .pageDown,
                   description: "Scroll down one page", group: .reading, hint: "page"),
        KeyBinding(keys: [.character("b"), .pageUp], action: .pageUp,
                   description: "Scroll up one page", group: .reading),
        KeyBinding(keys: [.character("d")], action: .halfPageDown,
                   description: "Scroll down half a page", group: .reading),
        KeyBinding(keys: [.character("u")], action: .halfPageUp,
                   description: "Scroll up half a page", group: .reading),
        KeyBinding(keys: [.character("g"), .home], action: .top,
                   description: "Go to the top", group: .reading),
        KeyBinding(keys: [.character("G"), .end], action: .bottom,
                   description: "Go to the bottom", group: .reading),
        KeyBinding(keys: [.character("?")], action: .help,
                   description: "Show this help", group: .general, hint: "help"),
        KeyBinding(keys: [.control("l")], action: .redraw,
                   description: "Redraw the screen", group: .general),
        KeyBinding(keys: [.character("q")], action: .quit,
                   description: "Quit", group: .general, hint: "quit"),
    ])
}
