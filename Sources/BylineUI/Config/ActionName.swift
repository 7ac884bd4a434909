/// The actions a config file can bind keys to, by name.
enum ActionName {
    private static let table: [(String, Action, String)] = [
        ("line-down", .move(.lineDown), "Line down (in a list, the selection)"),
        ("line-up", .move(.lineUp), "Line up (in a list, the selection)"),
        ("page-down", .move(.pageDown), "Page down"),
        ("page-up", .move(.pageUp), "Page up"),
        ("half-page-down", .move(.halfPageDown), "Half a page down"),
        ("half-page-up", .move(.halfPageUp), "Half a page up"),
        ("top", .move(.first), "Top"),
        ("bottom", .move(.last), "Bottom"),
        ("search", .searchForward, "Search down the article"),
        ("search-backward", .searchBackward, "Search up the article"),
        ("next", .repeatForward, "Next match or mention"),
        ("previous", .repeatBackward, "Previous match or mention"),
        ("filter-lists", .filterLists, "Filter the entity and quote lists by text"),
        ("next-quote", .nextQuote, "Next quote"),
        ("previous-quote", .previousQuote, "Previous quote"),
        ("next-article", .nextArticle, "Next article"),
        ("previous-article", .previousArticle, "Previous article"),
        ("article-list", .articleList, "List the open articles"),
        ("focus-next", .focusNext, "Focus the next pane"),
        ("focus-previous", .focusPrevious, "Focus the previous pane"),
        ("copy-quote", .copyQuote, "Copy the selected quote"),
        ("position", .showPosition, "Say where you are"),
        ("help", .help, "Show this help"),
        ("redraw", .redraw, "Redraw the screen"),
        ("quit", .quit, "Quit"),
    ]

    /// Every name, in the order help would list them.
    static var names: [String] { table.map(\.0) }

    /// The action `name` names, if any.
    static func action(named name: String) -> Action? {
        table.first { $0.0 == name }?.1
    }

    /// How help describes the action `name` names.
    static func description(of name: String) -> String? {
        table.first { $0.0 == name }.map { $0.2 + " (your key)" }
    }
}

extension Keymap {
    /// The reader's keys with `config`'s keys bound everywhere first, so they win over the reader's own.
    public static func reader(with config: ReaderConfig) -> Keymap {
        let added = config.keys.compactMap { key, name -> KeyBinding? in
            guard let action = ActionName.action(named: name), let description = ActionName.description(of: name) else {
                return nil
            }
            return KeyBinding(keys: [key], action: action, description: description, group: .general)
        }
        return added.isEmpty ? .reader : Keymap(bindings: added + Keymap.reader.bindings)
    }
}
