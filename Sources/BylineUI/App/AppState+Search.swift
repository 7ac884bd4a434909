import BylineCore

extension AppState {
    /// The most searches the prompt's history keeps.
    static let historyLimit = 100

    /// Opens the prompt for `purpose`, empty.
    mutating func openPrompt(_ purpose: Prompt.Purpose) {
        prompt = Prompt(purpose: purpose)
        mode = .prompt
    }

    /// An editing key in the prompt: Enter submits, Esc cancels, Backspace on an empty prompt cancels
    /// too (as in less), ↑/↓ step through the history.
    func editPrompt(_ action: Action) -> (AppState, [Effect]) {
        var next = self
        guard var prompt else {
            next.mode = .normal
            return (next, [])
        }
        switch action {
        case .submit:
            next.mode = .normal
            next.prompt = nil
            next.submit(prompt)
            return (next, [])
        case .close:
            next.mode = .normal
            next.prompt = nil
            return (next, [])
        case .deleteBackward:
            guard !prompt.text.isEmpty else {
                next.mode = .normal
                next.prompt = nil
                return (next, [])
            }
            prompt.text.removeLast()
        case .deleteWord: prompt.text = Prompt.deletingWord(prompt.text)
        case .deleteAll: prompt.text = ""
        case .historyPrevious, .historyNext:
            guard !searchHistory.isEmpty else { return (next, []) }
            let back = action == .historyPrevious ? 1 : -1
            let index = (prompt.historyIndex ?? -1) + back
            if index < 0 {
                prompt.historyIndex = nil
                prompt.text = ""
            } else {
                prompt.historyIndex = min(index, searchHistory.count - 1)
                prompt.text = searchHistory[searchHistory.count - 1 - (prompt.historyIndex ?? 0)]
            }
        default:
            return (next, [])
        }
        next.prompt = prompt
        return (next, [])
    }

    /// Carries out what the prompt asked for: a search, or the lists' text filter.
    private mutating func submit(_ prompt: Prompt) {
        if !prompt.text.isEmpty {
            searchHistory.removeAll { $0 == prompt.text }
            searchHistory.append(prompt.text)
            if searchHistory.count > Self.historyLimit { searchHistory.removeFirst() }
        }
        switch prompt.purpose {
        case .search(let forward):
            // An empty search repeats the last one, as in less.
            guard let query = SearchQuery(prompt.text) ?? lastSearch?.query else { return }
            search(for: query, forward: forward)
        case .filter:
            article.setListFilter(SearchQuery(prompt.text))
            if article.entities.selected != nil {
                select(position: selectedPosition ?? 0)
            }
            article.entities.top = 0
            revealSelectionInList()
            if selectedQuotePosition == nil, article.quotes.selected != nil {
                selectQuote(position: 0)
            }
            article.quotes.top = 0
            revealQuoteSelectionInList()
        }
    }

    /// Finds `query` in the article shown and goes to the first match from the top of the page down
    /// (`forward`) or the last one above it, wrapping around; says so when there is none.
    mutating func search(for query: SearchQuery, forward: Bool) {
        let search = Search(query: query, isForward: forward, in: analysis.article)
        article.search = search
        lastSearch = (query, forward)
        sought = .matches
        if case .match = article.target { article.target = nil }
        guard !search.matches.isEmpty else {
            note = "Pattern not found: " + query.pattern
            return
        }
        jumpToMatch(step: forward ? 1 : -1)
    }

    /// Goes `step` matches on from the current one (down if positive), wrapping around; with no current
    /// match, to the first from the top of the page down (or the last above it).
    mutating func jumpToMatch(step: Int) {
        guard let search = article.search, !search.matches.isEmpty else {
            if let lastSearch { note = "Pattern not found: " + lastSearch.query.pattern }
            return
        }
        let matches = search.matches
        let index = steppedIndex(from: currentMatch, by: step, count: matches.count) { matches[$0].start }
        article.target = .match(index)
        reveal(search.matches[index])
    }

    /// Esc: the search's highlights and the lists' text filter gone.
    mutating func clearSearch() {
        article.search = nil
        lastSearch = nil
        if case .match = article.target { article.target = nil }
        sought = .mentions
        if article.listFilter != nil {
            article.setListFilter(nil)
            revealSelectionInList()
            revealQuoteSelectionInList()
        }
    }
}
