import BylineCore

/// What a key binding does. The keymap maps keys to actions and `update` performs them.
public enum Action: Hashable, Sendable {
    /// Article scrolling.
    case lineDown, lineUp, pageDown, pageUp, halfPageDown, halfPageUp, top, bottom
    /// Entity list selection.
    case selectNext, selectPrevious, selectPageDown, selectPageUp, selectFirst, selectLast
    /// Show only entities of one kind in the entity list; nil shows all.
    case filter(EntityKind?)
    /// Go to the selected entity's next or previous mention, wrapping around.
    case nextMention, previousMention
    /// Focus the article at the selected entity's first mention.
    case openMention
    /// Quote pane selection.
    case selectNextQuote, selectPreviousQuote, selectQuotePageDown, selectQuotePageUp, selectFirstQuote, selectLastQuote
    /// Focus the article at the quote pane's selected quote.
    case openQuote
    /// Go to the next or previous quote in the text, wrapping around.
    case nextQuote, previousQuote
    /// Go to the current quote's speaker's next or previous quote, wrapping around.
    case nextQuoteBySpeaker, previousQuoteBySpeaker
    /// Relation pane selection.
    case selectNextRelation, selectPreviousRelation, selectRelationPageDown, selectRelationPageUp
    case selectFirstRelation, selectLastRelation
    /// Focus the article at the relation pane's selected relation's evidence.
    case openRelation
    /// Move focus to the next or previous pane.
    case focusNext, focusPrevious
    /// Focus one pane (show it, in the tabbed layout).
    case focus(Pane)
    /// Open the help overlay (any key closes it).
    case help
    case quit
    /// Repaint the whole screen.
    case redraw
}
