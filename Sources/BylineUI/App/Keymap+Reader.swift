import BylineCore

extension Keymap {
    /// The reader's keys: less's for reading and searching (moves go to the focused pane: the article
    /// scrolls, a list moves its selection), list keys in the entity, quote and relation panes, pane and
    /// article switching, and the keys of the search prompt and the help.
    public static let reader = Keymap(bindings: readingBindings + searchBindings + paneBindings + articleBindings
                                      + generalBindings + promptBindings + articleListBindings + helpBindings)

    private static func keys(_ text: String) -> [Key] { text.map(Key.character) }

    private static let moveHelp = [
        Motion.lineDown: "Line down / up (in a list, the selection)",
        .pageDown: "Down / up a page", .halfPageDown: "Down / up half a page",
        .first: "Top / bottom (30g: line 30)",
    ]

    private static let readingBindings: [KeyBinding] = [
        KeyBinding(keys: keys("je") + [.down, .control("e"), .control("n")], action: .move(.lineDown),
                   description: moveHelp[.lineDown]!, group: .reading),
        KeyBinding(keys: [.enter], action: .move(.lineDown), description: moveHelp[.lineDown]!, group: .reading,
                   pane: .article),
        KeyBinding(keys: keys("ky") + [.up, .control("y"), .control("p")], action: .move(.lineUp),
                   description: moveHelp[.lineDown]!, group: .reading),
        KeyBinding(keys: keys(" f") + [.pageDown, .control("f")], action: .move(.pageDown),
                   description: moveHelp[.pageDown]!, group: .reading, hint: "page"),
        KeyBinding(keys: keys("b") + [.pageUp, .control("b")], action: .move(.pageUp),
                   description: moveHelp[.pageDown]!, group: .reading),
        KeyBinding(keys: keys("d") + [.control("d")], action: .move(.halfPageDown),
                   description: moveHelp[.halfPageDown]!, group: .reading),
        KeyBinding(keys: keys("u") + [.control("u")], action: .move(.halfPageUp),
                   description: moveHelp[.halfPageDown]!, group: .reading),
        KeyBinding(keys: keys("g<") + [.home], action: .move(.first), description: moveHelp[.first]!, group: .reading),
        KeyBinding(keys: keys("G>") + [.end], action: .move(.last), description: moveHelp[.first]!, group: .reading),
        KeyBinding(keys: keys("%"), action: .percent, description: "Go to a percent of the article (50%)",
                   group: .reading),
        KeyBinding(sequences: [keys("m")], action: .setMark("a"), takesArgument: true,
                   description: "Mark the top line with a letter", group: .reading),
        KeyBinding(sequences: [keys("'")], action: .goToMark("a"), takesArgument: true,
                   description: "Go back to the line marked with a letter", group: .reading),
        KeyBinding(keys: keys("="), action: .showPosition, description: "Say where you are in the status line",
                   group: .reading),
    ]

    private static let searchBindings: [KeyBinding] = [
        KeyBinding(keys: keys("/"), action: .searchForward, description: "Search down / up the article",
                   group: .search, hint: "search"),
        KeyBinding(keys: keys("?"), action: .searchBackward, description: "Search down / up the article", group: .search),
        KeyBinding(keys: keys("n"), action: .repeatForward,
                   description: "Next / previous match, or mention", group: .search),
        KeyBinding(keys: keys("N"), action: .repeatBackward,
                   description: "Next / previous match, or mention", group: .search),
        KeyBinding(keys: keys("&"), action: .filterLists, description: "Filter the entity and quote lists by text",
                   group: .search),
        KeyBinding(keys: [.escape], action: .clear, description: "Clear search highlights and filter",
                   group: .search),

        KeyBinding(keys: keys("p"), action: .filter(.person), description: filterHelp, group: .entities, pane: .entities),
        KeyBinding(keys: keys("o"), action: .filter(.organization), description: filterHelp, group: .entities,
                   pane: .entities),
        KeyBinding(keys: keys("l"), action: .filter(.place), description: filterHelp, group: .entities, pane: .entities),
        KeyBinding(keys: keys("r"), action: .filter(.group), description: filterHelp, group: .entities, pane: .entities),
        KeyBinding(keys: keys("t"), action: .filter(.date), description: filterHelp, group: .entities, pane: .entities),
        KeyBinding(keys: keys("a"), action: .filter(nil), description: filterHelp, group: .entities, pane: .entities),
        KeyBinding(keys: [.enter], action: .open, description: "Read from the entity's first mention", group: .entities,
                   pane: .entities),

        KeyBinding(keys: [.enter], action: .open, description: "Read the selected quote in the article", group: .quotes,
                   pane: .quotes),
        KeyBinding(keys: keys("y"), action: .copyQuote,
                   description: "Copy the quote and its speaker", group: .quotes, pane: .quotes),
        KeyBinding(keys: keys("]"), action: .nextQuote, description: "Next / previous quote", group: .quotes),
        KeyBinding(keys: keys("["), action: .previousQuote, description: "Next / previous quote", group: .quotes),
        KeyBinding(keys: keys("}"), action: .nextQuoteBySpeaker, description: "Next / previous quote by the same speaker",
                   group: .quotes),
        KeyBinding(keys: keys("{"), action: .previousQuoteBySpeaker,
                   description: "Next / previous quote by the same speaker", group: .quotes),

        KeyBinding(keys: [.enter], action: .open, description: "Read the relation's evidence in the article",
                   group: .relations, pane: .relations),
    ]

    private static let paneBindings: [KeyBinding] = [
        KeyBinding(keys: [.tab], action: .focusNext, description: "Focus the next / previous pane", group: .panes,
                   hint: "panes"),
        KeyBinding(keys: [.backTab], action: .focusPrevious, description: "Focus the next / previous pane", group: .panes),
        KeyBinding(keys: keys("1"), action: .focus(.article), description: paneHelp, group: .panes),
        KeyBinding(keys: keys("2"), action: .focus(.entities), description: paneHelp, group: .panes),
        KeyBinding(keys: keys("3"), action: .focus(.quotes), description: paneHelp, group: .panes),
        KeyBinding(keys: keys("4"), action: .focus(.relations), description: paneHelp, group: .panes),
        KeyBinding(sequences: [keys("z")], action: .togglePane("2"), takesArgument: true,
                   description: "Show / hide a pane: z and its number (z3 the quotes)", group: .panes),
    ]

    private static let articleBindings: [KeyBinding] = [
        KeyBinding(sequences: [keys("]]")], action: .nextArticle, description: "Next / previous article",
                   group: .articles),
        KeyBinding(sequences: [keys("[[")], action: .previousArticle, description: "Next / previous article",
                   group: .articles),
        KeyBinding(keys: keys("0"), action: .articleList, description: "List the open articles", group: .articles),
        KeyBinding(keys: keys(":"), action: .command, description: "Start a command (:n :p :q)",
                   group: .articles),
        KeyBinding(keys: keys("n"), action: .nextArticle, description: "Next / previous article", group: .articles,
                   mode: .command),
        KeyBinding(keys: keys("p"), action: .previousArticle, description: "Next / previous article", group: .articles,
                   mode: .command),
        KeyBinding(keys: keys("qQ"), action: .quit, description: "Quit", group: .articles, mode: .command),
        KeyBinding(keys: [.escape], action: .close, description: "Cancel the command", group: .articles, mode: .command),
    ]

    private static let generalBindings: [KeyBinding] = [
        KeyBinding(keys: keys("hH"), action: .help, description: "Show this help", group: .general, hint: "help"),
        KeyBinding(keys: [.control("l")], action: .redraw, description: "Redraw the screen", group: .general),
        KeyBinding(keys: keys("qQ"), action: .quit, description: "Quit", group: .general, hint: "quit"),
    ]

    private static let promptBindings: [KeyBinding] = [
        KeyBinding(keys: [.enter], action: .submit, description: "Search (an empty filter clears it)", group: .prompt,
                   mode: .prompt),
        KeyBinding(keys: [.escape, .control("c"), .control("g")], action: .close, description: "Cancel", group: .prompt,
                   mode: .prompt),
        KeyBinding(keys: [.backspace], action: .deleteBackward, description: "Delete a character / a word / all",
                   group: .prompt, mode: .prompt),
        KeyBinding(keys: [.control("w")], action: .deleteWord, description: "Delete a character / a word / all",
                   group: .prompt, mode: .prompt),
        KeyBinding(keys: [.control("u")], action: .deleteAll, description: "Delete a character / a word / all",
                   group: .prompt, mode: .prompt),
        KeyBinding(keys: [.up], action: .historyPrevious, description: "Earlier / later searches", group: .prompt,
                   mode: .prompt),
        KeyBinding(keys: [.down], action: .historyNext, description: "Earlier / later searches", group: .prompt,
                   mode: .prompt),
    ]

    private static let articleListBindings: [KeyBinding] = [
        KeyBinding(keys: keys("j") + [.down], action: .move(.lineDown), description: "Select the next / previous article",
                   group: .articleList, mode: .articles),
        KeyBinding(keys: keys("k") + [.up], action: .move(.lineUp), description: "Select the next / previous article",
                   group: .articleList, mode: .articles),
        KeyBinding(keys: keys("g") + [.home], action: .move(.first), description: "Select the first / last article",
                   group: .articleList, mode: .articles),
        KeyBinding(keys: keys("G") + [.end], action: .move(.last), description: "Select the first / last article",
                   group: .articleList, mode: .articles),
        KeyBinding(keys: [.enter], action: .open, description: "Read the selected article", group: .articleList,
                   mode: .articles),
        KeyBinding(keys: keys("q0") + [.escape], action: .close, description: "Close the list", group: .articleList,
                   mode: .articles),
    ]

    private static let helpBindings: [KeyBinding] = [
        KeyBinding(keys: keys("je") + [.down, .enter], action: .move(.lineDown), description: "Scroll the help",
                   group: .help, mode: .help),
        KeyBinding(keys: keys("ky") + [.up], action: .move(.lineUp), description: "Scroll the help", group: .help,
                   mode: .help),
        KeyBinding(keys: keys(" fd") + [.pageDown, .control("f"), .control("d")], action: .move(.pageDown),
                   description: "Scroll the help", group: .help, mode: .help),
        KeyBinding(keys: keys("bu") + [.pageUp, .control("b"), .control("u")], action: .move(.pageUp),
                   description: "Scroll the help", group: .help, mode: .help),
        KeyBinding(keys: keys("g") + [.home], action: .move(.first), description: "Scroll the help", group: .help,
                   mode: .help),
        KeyBinding(keys: keys("G") + [.end], action: .move(.last), description: "Scroll the help", group: .help,
                   mode: .help),
        KeyBinding(keys: keys("qhH") + [.escape], action: .close, description: "Close it (so does any other key)",
                   group: .help, mode: .help),
    ]

    private static let filterHelp = "Only people, orgs, places, groups, dates; all"
    private static let paneHelp = "Article, entities, quotes, relations"
}
