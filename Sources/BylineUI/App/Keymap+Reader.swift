import BylineCore

extension Keymap {
    /// The reader's keys: scrolling as in less in the article, list keys in the entity pane, and pane
    /// switching and mention jumps everywhere.
    public static let reader = Keymap(bindings: [
        KeyBinding(keys: [.character("j"), .down, .enter], action: .lineDown,
                   description: "Scroll down / up one line", group: .reading, pane: .article),
        KeyBinding(keys: [.character("k"), .up], action: .lineUp,
                   description: "Scroll down / up one line", group: .reading, pane: .article),
        KeyBinding(keys: [.character(" "), .character("f"), .pageDown], action: .pageDown,
                   description: "Scroll down / up one page", group: .reading, pane: .article, hint: "page"),
        KeyBinding(keys: [.character("b"), .pageUp], action: .pageUp,
                   description: "Scroll down / up one page", group: .reading, pane: .article),
        KeyBinding(keys: [.character("d")], action: .halfPageDown,
                   description: "Scroll down / up half a page", group: .reading, pane: .article),
        KeyBinding(keys: [.character("u")], action: .halfPageUp,
                   description: "Scroll down / up half a page", group: .reading, pane: .article),
        KeyBinding(keys: [.character("g"), .home], action: .top,
                   description: "Go to the top / bottom", group: .reading, pane: .article),
        KeyBinding(keys: [.character("G"), .end], action: .bottom,
                   description: "Go to the top / bottom", group: .reading, pane: .article),

        KeyBinding(keys: [.character("j"), .down], action: .selectNext,
                   description: "Select the next / previous entity", group: .entities, pane: .entities),
        KeyBinding(keys: [.character("k"), .up], action: .selectPrevious,
                   description: "Select the next / previous entity", group: .entities, pane: .entities),
        KeyBinding(keys: [.pageDown], action: .selectPageDown,
                   description: "Select a page down / up", group: .entities, pane: .entities),
        KeyBinding(keys: [.pageUp], action: .selectPageUp,
                   description: "Select a page down / up", group: .entities, pane: .entities),
        KeyBinding(keys: [.character("g"), .home], action: .selectFirst,
                   description: "Select the first / last entity", group: .entities, pane: .entities),
        KeyBinding(keys: [.character("G"), .end], action: .selectLast,
                   description: "Select the first / last entity", group: .entities, pane: .entities),
        KeyBinding(keys: [.character("p")], action: .filter(.person), description: Self.filterHelp,
                   group: .entities, pane: .entities),
        KeyBinding(keys: [.character("o")], action: .filter(.organization), description: Self.filterHelp,
                   group: .entities, pane: .entities),
        KeyBinding(keys: [.character("l")], action: .filter(.place), description: Self.filterHelp,
                   group: .entities, pane: .entities),
        KeyBinding(keys: [.character("r")], action: .filter(.group), description: Self.filterHelp,
                   group: .entities, pane: .entities),
        KeyBinding(keys: [.character("t")], action: .filter(.date), description: Self.filterHelp,
                   group: .entities, pane: .entities),
        KeyBinding(keys: [.character("a")], action: .filter(nil), description: Self.filterHelp,
                   group: .entities, pane: .entities),
        KeyBinding(keys: [.enter], action: .openMention,
                   description: "Read from the entity's first mention", group: .entities, pane: .entities),
        KeyBinding(keys: [.character("n")], action: .nextMention,
                   description: "Next / previous mention of the entity", group: .entities),
        KeyBinding(keys: [.character("N")], action: .previousMention,
                   description: "Next / previous mention of the entity", group: .entities),

        KeyBinding(keys: [.tab], action: .focusNext,
                   description: "Focus the next / previous pane", group: .panes, hint: "panes"),
        KeyBinding(keys: [.backTab], action: .focusPrevious,
                   description: "Focus the next / previous pane", group: .panes),
        KeyBinding(keys: [.character("1")], action: .focus(.article), description: Self.paneHelp, group: .panes),
        KeyBinding(keys: [.character("2")], action: .focus(.entities), description: Self.paneHelp, group: .panes),
        KeyBinding(keys: [.character("3")], action: .focus(.quotes), description: Self.paneHelp, group: .panes),
        KeyBinding(keys: [.character("4")], action: .focus(.relations), description: Self.paneHelp, group: .panes),

        KeyBinding(keys: [.character("?")], action: .help,
                   description: "Show this help", group: .general, hint: "help"),
        KeyBinding(keys: [.control("l")], action: .redraw,
                   description: "Redraw the screen", group: .general),
        KeyBinding(keys: [.character("q")], action: .quit,
                   description: "Quit", group: .general, hint: "quit"),
    ])

    private static let filterHelp = "Only people, orgs, places, groups, dates; all"
    private static let paneHelp = "Article, entities, quotes, relations"
}
