import BylineCore

/// What a key binding does. The keymap maps keys to actions and `update` performs them.
public enum Action: Hashable, Sendable {
    /// A move routed by focus: the article scrolls, a list moves its selection. A count repeats it
    /// (`5j`), or for `.first`/`.last` names the line or row to go to (`30g`).
    case move(Motion)
    /// Go to the place a count names in percent of the article (`50%`).
    case percent
    /// Enter in a list: read the selected entity's first mention, quote or relation's evidence.
    case open
    /// Show only entities of one kind in the entity list; nil shows all.
    case filter(EntityKind?)
    /// Repeat the last thing looked for (search matches, else the selected entity's mentions), in its
    /// own direction (`n`) or the other (`N`), wrapping around.
    case repeatForward, repeatBackward
    /// Go to the next or previous quote in the text, wrapping around.
    case nextQuote, previousQuote
    /// Go to the current quote's speaker's next or previous quote, wrapping around.
    case nextQuoteBySpeaker, previousQuoteBySpeaker
    /// Open the search prompt, looking down (`/`) or up (`?`) the text.
    case searchForward, searchBackward
    /// Open the prompt for the text the entity and quote lists are filtered by (`&`).
    case filterLists
    /// Clear the search's highlights, the list filter and any keys typed so far.
    case clear
    /// Move focus to the next or previous pane.
    case focusNext, focusPrevious
    /// Focus one pane (show it, in the tabbed layout, and show it if it was hidden).
    case focus(Pane)
    /// Show or hide the pane numbered by a digit (the article is always shown).
    case togglePane(Character)
    /// Open the next or previous article, wrapping around; a count moves that many.
    case nextArticle, previousArticle
    /// Open the list of open articles.
    case articleList
    /// Mark the top line with a letter, or go back to the line marked with it.
    case setMark(Character), goToMark(Character)
    /// Say in the status line where the reader is (less's `=`).
    case showPosition
    /// Copy the selected quote with its speaker to the terminal's clipboard.
    case copyQuote
    /// Open the help overlay.
    case help
    /// Open the command prompt (`:`), where `n`, `p` and the like name commands.
    case command
    /// Close an overlay or prompt, or cancel a command.
    case close
    /// Prompt editing: submit, delete the character before the cursor, the word before it, all of it,
    /// and step back or forward through the history.
    case submit, deleteBackward, deleteWord, deleteAll, historyPrevious, historyNext
    case quit
    /// Repaint the whole screen.
    case redraw

    /// Whether a count typed before the key means anything to the action.
    var takesCount: Bool {
        switch self {
        case .move, .percent, .repeatForward, .repeatBackward, .nextQuote, .previousQuote, .nextQuoteBySpeaker,
             .previousQuoteBySpeaker, .nextArticle, .previousArticle:
            true
        default:
            false
        }
    }

    /// How help shows the argument the action waits for: the letters of marks, the panes' numbers.
    var argumentLabel: String {
        if case .togglePane = self { return "2–4" }
        return "a–z"
    }

    /// The action with `character` as its argument (a mark's letter); others are unchanged.
    func with(argument character: Character) -> Action {
        switch self {
        case .setMark: .setMark(character)
        case .goToMark: .goToMark(character)
        case .togglePane: .togglePane(character)
        default: self
        }
    }
}

/// A move in the focused pane.
public enum Motion: Hashable, Sendable {
    case lineDown, lineUp, pageDown, pageUp, halfPageDown, halfPageUp, first, last
}
