extension AppState {
    /// The rows the article list shows at once at the current size.
    var articleListPageHeight: Int { ArticleListOverlay.pageHeight(in: helpArea.height) }

    /// Opens the list of open articles with the one shown selected.
    mutating func openArticleList() {
        mode = .articles
        articleList.selected = current
        revealArticleListSelection()
    }

    /// A key while the article list is open: moves select, Enter reads the selected article, the
    /// closing keys close it; others do nothing.
    func choosingArticle(_ key: Key) -> (AppState, [Effect]) {
        var next = self
        guard case .action(let action) = keymap.lookup([key], mode: .articles, in: focus) else { return (next, []) }
        let selected = articleList.selected ?? current
        switch action {
        case .move(.lineDown): next.articleList.selected = min(articles.count - 1, selected + 1)
        case .move(.lineUp): next.articleList.selected = max(0, selected - 1)
        case .move(.first): next.articleList.selected = 0
        case .move(.last): next.articleList.selected = articles.count - 1
        case .open:
            next.mode = .normal
            next.show(article: selected)
            return (next, next.current == current ? [] : next.prioritizing)
        case .close: next.mode = .normal
        default: break
        }
        next.revealArticleListSelection()
        return (next, [])
    }

    /// Scrolls the list so the selected article shows.
    mutating func revealArticleListSelection() {
        articleList.top = ListScroll.top(articleList.top, revealing: articleList.selected, headingAbove: false,
                                         height: max(1, articleListPageHeight / ArticleListOverlay.rowsPerArticle),
                                         rowCount: articles.count)
    }
}
