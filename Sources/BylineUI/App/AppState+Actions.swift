extension AppState {
    /// The state after `action`, and its effects.
    func performing(_ action: Action) -> (AppState, [Effect]) {
        var next = self
        let half = max(1, pageHeight / 2)
        let listPage = max(1, entityPageHeight - 1)
        let quotePage = max(1, quotePageHeight - 1)
        let relationPage = max(1, relationPageHeight - 2)
        switch action {
        case .lineDown: next.scroll(by: 1)
        case .lineUp: next.scroll(by: -1)
        case .pageDown: next.scroll(by: pageHeight)
        case .pageUp: next.scroll(by: -pageHeight)
        case .halfPageDown: next.scroll(by: half)
        case .halfPageUp: next.scroll(by: -half)
        case .top: next.scroll(to: 0)
        case .bottom: next.scroll(to: maxTop)
        case .selectNext: next.moveSelection(by: 1)
        case .selectPrevious: next.moveSelection(by: -1)
        case .selectPageDown: next.moveSelection(by: listPage)
        case .selectPageUp: next.moveSelection(by: -listPage)
        case .selectFirst: next.select(position: 0)
        case .selectLast: next.select(position: Int.max)
        case .filter(let kind): next.setFilter(kind)
        case .nextMention: next.jumpToMention(step: 1)
        case .previousMention: next.jumpToMention(step: -1)
        case .openMention: next.openSelectedEntity()
        case .selectNextQuote: next.moveQuoteSelection(by: 1)
        case .selectPreviousQuote: next.moveQuoteSelection(by: -1)
        case .selectQuotePageDown: next.moveQuoteSelection(by: quotePage)
        case .selectQuotePageUp: next.moveQuoteSelection(by: -quotePage)
        case .selectFirstQuote: next.selectQuote(position: 0)
        case .selectLastQuote: next.selectQuote(position: Int.max)
        case .openQuote: next.openSelectedQuote()
        case .nextQuote: next.jumpToQuote(step: 1)
        case .previousQuote: next.jumpToQuote(step: -1)
        case .nextQuoteBySpeaker: next.jumpToQuoteBySameSpeaker(step: 1)
        case .previousQuoteBySpeaker: next.jumpToQuoteBySameSpeaker(step: -1)
        case .selectNextRelation: next.moveRelationSelection(by: 1)
        case .selectPreviousRelation: next.moveRelationSelection(by: -1)
        case .selectRelationPageDown: next.moveRelationSelection(by: relationPage)
        case .selectRelationPageUp: next.moveRelationSelection(by: -relationPage)
        case .selectFirstRelation: next.selectRelation(position: 0)
        case .selectLastRelation: next.selectRelation(position: Int.max)
        case .openRelation: next.openSelectedRelation()
        case .focusNext: next.setFocus(focus.cycled(by: 1))
        case .focusPrevious: next.setFocus(focus.cycled(by: -1))
        case .focus(let pane): next.setFocus(pane)
        case .help: next.isHelpShown = true
        case .quit: return (next, [.quit])
        case .redraw: return (next, [.redraw])
        }
        return (next, [])
    }

    /// Focuses `pane`; focusing the entity pane with nothing selected selects the first entity, and
    /// the quote pane with no quote selected selects the current quote, or the first, and the relation
    /// pane prepares its selection (see `prepareRelationFocus(from:)`).
    mutating func setFocus(_ pane: Pane) {
        let previous = focus
        focus = pane
        if pane == .relations {
            prepareRelationFocus(from: previous)
        }
        if pane == .entities, selectedEntityID == nil {
            select(position: 0)
        }
        if pane == .quotes, selectedQuote == nil {
            if let current = currentQuote {
                selectedQuote = current
                revealQuoteSelectionInList()
            } else {
                selectQuote(position: 0)
            }
        }
    }
}
