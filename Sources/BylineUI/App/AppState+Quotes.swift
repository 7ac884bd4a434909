extension AppState {
    /// The selected quote's place in the quote pane's order.
    var selectedQuotePosition: Int? {
        article.quotes.selected.flatMap { article.quoteOrder.firstIndex(of: $0) }
    }

    /// Selects the quote at `position` (clamped) in the pane's order; with no quotes, nothing.
    mutating func selectQuote(position: Int) {
        let order = article.quoteOrder
        guard !order.isEmpty else {
            article.quotes.selected = nil
            article.quotes.top = 0
            return
        }
        article.quotes.selected = order[min(max(0, position), order.count - 1)]
        revealQuoteSelectionInList()
    }

    /// Moves the quote selection by `step` quotes in pane order (selecting the first when there is none).
    mutating func moveQuoteSelection(by step: Int) {
        selectQuote(position: selectedQuotePosition.map { $0 + step } ?? 0)
    }

    /// Scrolls the quote pane so the selected quote's row (and its group's heading, when it is the
    /// group's first) is in view, keeping `article.quotes.top` in range.
    mutating func revealQuoteSelectionInList() {
        let rows = article.quoteRows
        let row = article.quotes.selected.flatMap { rows.firstIndex(of: .quote($0)) }
        let headingAbove = row.map { $0 > 0 && Self.isQuoteHeading(rows[$0 - 1]) } ?? false
        article.quotes.top = ListScroll.top(article.quotes.top, revealing: row, headingAbove: headingAbove,
                                  height: quotePageHeight, rowCount: rows.count)
    }

    /// Goes `step` quotes on in the text from the current one (down if positive), wrapping around; with
    /// none current, from the top of the page (see `steppedIndex`).
    mutating func jumpToQuote(step: Int) {
        let quotes = quoteList.quotes
        guard !quotes.isEmpty else { return }
        goToQuote(steppedIndex(from: currentQuote, by: step, count: quotes.count) { quotes[$0].range.start })
    }

    /// Goes to the next (`step` 1) or previous (`step` -1) quote of the current quote's speaker (the
    /// unattributed quotes count as one speaker), wrapping around; without a current quote, as
    /// `jumpToQuote(step:)`.
    mutating func jumpToQuoteBySameSpeaker(step: Int) {
        guard let current = currentQuote, let group = quoteList.groupIndex[safe: current],
              let members = quoteList.groups[safe: group]?.members,
              let position = members.firstIndex(of: current) else {
            jumpToQuote(step: step)
            return
        }
        goToQuote(members[((position + step) % members.count + members.count) % members.count])
    }

    /// Focuses the article at the quote pane's selected quote, making it current.
    mutating func openSelectedQuote() {
        guard let selected = article.quotes.selected else { return }
        focus = .article
        goToQuote(selected)
    }

    /// Makes quote `index` current and selected, and scrolls it into view. The status line then names
    /// the quote rather than a mention.
    mutating func goToQuote(_ index: Int) {
        guard let quote = quoteList.quotes[safe: index] else { return }
        article.target = .quote(index)
        article.quotes.selected = index
        reveal(quote.range)
        revealQuoteSelectionInList()
    }

    private static func isQuoteHeading(_ row: QuoteList.Row) -> Bool {
        if case .heading = row { return true }
        return false
    }
}
