import BylineCore

extension AppState {
    /// The lines one notch of the wheel scrolls.
    static let wheelLines = 3

    /// A mouse event: the wheel scrolls what is under the pointer (a pane, the help, the article list);
    /// a click focuses the pane under it and selects what it is on (a list row, a highlighted name in
    /// the article, a tab). Ignored while a prompt is open.
    mutating func handleMouse(_ event: MouseEvent) {
        guard !geometry.isTooSmall else { return }
        let wheel = event.kind == .wheelUp ? -Self.wheelLines : event.kind == .wheelDown ? Self.wheelLines : 0
        switch mode {
        case .help:
            if wheel != 0 {
                helpTop = min(max(0, helpTop + wheel), maxHelpTop)
            } else {
                mode = .normal
            }
            return
        case .articles:
            if wheel != 0 {
                articleList.selected = min(max(0, (articleList.selected ?? current) + wheel.signum()), articles.count - 1)
                revealArticleListSelection()
            } else {
                mode = .normal
            }
            return
        case .prompt, .command:
            return
        case .normal:
            break
        }
        pending = nil
        if geometry.arrangement == .tabs, geometry.tabBar.contains(x: event.x, y: event.y) {
            if event.kind == .click, let pane = TabBar(titles: Screen.titles(self), active: focus, panes: panes)
                .pane(atColumn: event.x - geometry.tabBar.x, width: geometry.tabBar.width) {
                setFocus(pane)
            }
            return
        }
        guard let pane = pane(atX: event.x, y: event.y) else { return }
        if wheel != 0 {
            scrollPane(pane, by: wheel)
        } else {
            click(in: pane, x: event.x, y: event.y)
        }
    }

    /// The pane drawn at a cell, if any.
    func pane(atX x: Int, y: Int) -> Pane? {
        switch geometry.arrangement {
        case .columns: Pane.allCases.first { geometry.area(of: $0).contains(x: x, y: y) }
        case .tabs: geometry.content(of: focus).contains(x: x, y: y) ? focus : nil
        }
    }

    /// Scrolls `pane`'s view by `lines` without moving its selection.
    private mutating func scrollPane(_ pane: Pane, by lines: Int) {
        switch pane {
        case .article:
            scroll(by: lines)
        case .entities:
            article.entities.top = min(max(0, article.entities.top + lines), max(0, entityRows.count - entityPageHeight))
        case .quotes:
            article.quotes.top = min(max(0, article.quotes.top + lines), max(0, article.quoteRows.count - quotePageHeight))
        case .relations:
            let rows = RelationList.rows(of: relationEntries).count
            article.relations.top = min(max(0, article.relations.top + lines), max(0, rows - relationListHeight))
        }
    }

    /// A click at (`x`, `y`) in `pane`: focuses it, then selects the list row or the highlighted name
    /// under the pointer.
    private mutating func click(in pane: Pane, x: Int, y: Int) {
        if pane != focus {
            setFocus(pane)
        }
        let content = geometry.content(of: pane)
        switch pane {
        case .article:
            guard let offset = textOffset(atX: x, y: y),
                  let span = highlights.spans(overlapping: TextRange(start: offset, end: offset + 1)).first,
                  let index = entityList.index(of: span.entityID),
                  let position = shownEntities.firstIndex(of: index) else { return }
            select(position: position)
        case .entities:
            guard case .entity(let index)? = entityRows[safe: article.entities.top + y - content.y],
                  let position = shownEntities.firstIndex(of: index) else { return }
            select(position: position)
        case .quotes:
            guard case .quote(let index)? = article.quoteRows[safe: article.quotes.top + y - content.y],
                  let position = article.quoteOrder.firstIndex(of: index) else { return }
            selectQuote(position: position)
        case .relations:
            let list = RelationPane(state: self).listArea(in: content)
            let rows = RelationList.rows(of: relationEntries)
            let top = min(max(0, article.relations.top), max(0, rows.count - list.height))
            guard list.contains(x: x, y: y), case .entry(let position)? = rows[safe: top + y - list.y] else { return }
            selectRelation(position: position)
        }
    }

    /// The scalar offset of the text drawn at (`x`, `y`) in the article pane, if text is drawn there.
    func textOffset(atX x: Int, y: Int) -> Int? {
        let text = ArticlePane.textArea(in: geometry.content(of: .article), hasQuotes: article.hasQuotes)
        guard text.contains(x: x, y: y), let line = layout.lines[safe: top + y - text.y] else { return nil }
        let column = x - text.x
        guard let run = line.runs.first(where: { column >= $0.column && column < $0.column + $0.width }) else { return nil }
        guard run.kind == .text else { return run.range.start }
        var offset = run.range.start
        var reached = run.column
        for cluster in analysis.article.string(run.range) {
            reached += DisplayWidth.of(String(cluster))
            if reached > column { return offset }
            offset += cluster.unicodeScalars.count
        }
        return nil
    }
}
