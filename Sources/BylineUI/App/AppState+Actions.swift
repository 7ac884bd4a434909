import BylineCore

extension AppState {
    /// The state after `action`, repeated or placed by `count` where it takes one, and its effects.
    func performing(_ action: Action, count: Int?) -> (AppState, [Effect]) {
        var next = self
        let times = max(1, count ?? 1)
        switch action {
        case .move(let motion): next.move(motion, count: count)
        case .percent:
            next.completeLayout()
            next.scroll(to: next.layout.lines.count * min(100, count ?? 0) / 100)
        case .open: next.openSelection()
        case .filter(let kind): next.setFilter(kind)
        case .repeatForward: next.repeatSought(forward: true, times: times)
        case .repeatBackward: next.repeatSought(forward: false, times: times)
        case .nextQuote: next.jumpToQuote(step: times)
        case .previousQuote: next.jumpToQuote(step: -times)
        case .nextQuoteBySpeaker: next.jumpToQuoteBySameSpeaker(step: times)
        case .previousQuoteBySpeaker: next.jumpToQuoteBySameSpeaker(step: -times)
        case .searchForward: next.openPrompt(.search(forward: true))
        case .searchBackward: next.openPrompt(.search(forward: false))
        case .filterLists: next.openPrompt(.filter)
        case .clear: next.clearSearch()
        case .focusNext: next.setFocus(next.shownPane(after: focus, step: 1))
        case .focusPrevious: next.setFocus(next.shownPane(after: focus, step: -1))
        case .focus(let pane):
            if !panes.contains(pane) { next.toggle(pane) }
            next.setFocus(pane)
        case .togglePane(let number): next.toggle(Pane(rawValue: (number.wholeNumberValue ?? 0) - 1))
        case .nextArticle: next.switchArticle(by: times)
        case .previousArticle: next.switchArticle(by: -times)
        case .articleList: next.openArticleList()
        case .setMark(let letter): next.article.marks[letter] = article.anchor
        case .goToMark(let letter): next.goToMark(letter)
        case .showPosition:
            next.completeLayout()
            next.note = next.positionNote
        case .copyQuote: return next.copySelectedQuote()
        case .help:
            next.mode = .help
            next.helpTop = 0
        case .command: next.mode = .command
        case .close: next.mode = .normal
        case .submit, .deleteBackward, .deleteWord, .deleteAll, .historyPrevious, .historyNext:
            return next.editPrompt(action)
        case .quit: return (next, [.quit])
        case .redraw: return (next, [.redraw])
        }
        return (next, next.current == current ? [] : next.prioritizing)
    }

    /// A move in the focused pane: the article scrolls, a list moves its selection. `count` repeats
    /// it, or names the line (row) `.first` and `.last` go to.
    mutating func move(_ motion: Motion, count: Int?) {
        let times = max(1, count ?? 1)
        switch focus {
        case .article:
            let half = max(1, pageHeight / 2)
            switch motion {
            case .lineDown: scroll(by: times)
            case .lineUp: scroll(by: -times)
            case .pageDown: scroll(by: pageHeight * times)
            case .pageUp: scroll(by: -pageHeight * times)
            case .halfPageDown: scroll(by: half * times)
            case .halfPageUp: scroll(by: -half * times)
            case .first: scroll(to: count.map { $0 - 1 } ?? 0)
            case .last:
                if count == nil { completeLayout() }
                scroll(to: count.map { $0 - 1 } ?? maxTop)
            }
        case .entities:
            moveInList(motion, count: count, page: max(1, entityPageHeight - 1), position: selectedPosition,
                       select: { $0.select(position: $1) })
        case .quotes:
            moveInList(motion, count: count, page: max(1, quotePageHeight - 1), position: selectedQuotePosition,
                       select: { $0.selectQuote(position: $1) })
        case .relations:
            moveInList(motion, count: count, page: max(1, relationListHeight - 1), position: selectedRelationPosition,
                       select: { $0.selectRelation(position: $1) })
        }
    }

    /// A move in a list whose selection is at `position` (nil for none), selecting with `select`.
    private mutating func moveInList(_ motion: Motion, count: Int?, page: Int, position: Int?,
                                     select: (inout AppState, Int) -> Void) {
        let times = max(1, count ?? 1)
        let step: Int
        switch motion {
        case .lineDown: step = times
        case .lineUp: step = -times
        case .pageDown: step = page * times
        case .pageUp: step = -page * times
        case .halfPageDown: step = max(1, page / 2) * times
        case .halfPageUp: step = -max(1, page / 2) * times
        case .first:
            select(&self, count.map { $0 - 1 } ?? 0)
            return
        case .last:
            select(&self, count.map { $0 - 1 } ?? Int.max)
            return
        }
        select(&self, position.map { $0 + step } ?? 0)
    }

    /// Enter in a list: the focused list's selection read in the article.
    mutating func openSelection() {
        switch focus {
        case .article: break
        case .entities: openSelectedEntity()
        case .quotes: openSelectedQuote()
        case .relations: openSelectedRelation()
        }
    }

    /// `n`/`N`: the search's next or previous match (`forward` in the search's own direction) when a
    /// search was the last thing looked for, else the selected entity's next or previous mention.
    mutating func repeatSought(forward: Bool, times: Int) {
        if sought == .matches, let search = article.search {
            let step = (forward == search.isForward) ? times : -times
            jumpToMatch(step: step)
        } else {
            jumpToMention(step: forward ? times : -times)
        }
    }

    /// Goes back to the line marked with `letter` in this article, if one is.
    mutating func goToMark(_ letter: Character) {
        guard let offset = article.marks[letter] else {
            note = "no mark '\(letter)' in this article"
            return
        }
        scroll(to: lineIndex(containing: offset))
    }

    /// Less's `=`: which article, the lines shown of how many, and how far down.
    var positionNote: String {
        let count = layout.lines.count
        let first = count == 0 ? 0 : top + 1
        let last = min(count, top + pageHeight)
        let percent = count == 0 ? 100 : last * 100 / count
        let which = articles.count > 1 ? "article \(current + 1)/\(articles.count) · " : ""
        return which + "\(analysis.source) · lines \(first)-\(last)/\(count) · \(percent)%"
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
        if pane == .entities, article.entities.selected == nil {
            select(position: 0)
        }
        if pane == .quotes, article.quotes.selected == nil {
            if let current = currentQuote {
                article.quotes.selected = current
                revealQuoteSelectionInList()
            } else {
                selectQuote(position: 0)
            }
        }
    }

    /// The effect that asks for the article shown's analysis next, while it waits for one.
    var prioritizing: [Effect] {
        article.pendingAnalysis.map { [.prioritize($0.jobID)] } ?? []
    }

    /// Shows the article `step` places on in the list, wrapping around.
    mutating func switchArticle(by step: Int) {
        guard articles.count > 1 else { return }
        show(article: ((current + step) % articles.count + articles.count) % articles.count)
    }

    /// Shows `articles[index]`, re-wrapped for the current size if need be, with the last search's
    /// matches found in it.
    mutating func show(article index: Int) {
        guard articles.indices.contains(index) else { return }
        current = index
        rewrapIfNeeded()
        if let lastSearch, article.search?.query != lastSearch.query {
            article.search = Search(query: lastSearch.query, isForward: lastSearch.isForward, in: analysis.article)
        }
        revealSelectionInList()
        revealQuoteSelectionInList()
    }
}
