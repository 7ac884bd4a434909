import BylineCore

extension AppState {
    /// The indices into `entityList.entities` of the entities the pane shows, in order.
    var shownEntities: [Int] { article.shownEntities }

    /// The entity pane's rows under the current filters.
    public var entityRows: [EntityList.Row] { article.entityRows }

    /// The selected entity's place among the shown ones.
    var selectedPosition: Int? {
        guard let id = article.entities.selected else { return nil }
        return shownEntities.firstIndex { entityList.entities[$0].id == id }
    }

    /// Selects the shown entity at `position` (clamped); with none shown, nothing. A new selection
    /// forgets the current target, makes `n`/`N` go to its mentions, and scrolls the article to a mention
    /// of it if none is in view.
    mutating func select(position: Int) {
        let shown = shownEntities
        guard !shown.isEmpty else {
            article.entities.selected = nil
            if currentMention != nil { article.target = nil }
            article.entities.top = 0
            return
        }
        let entity = entityList.entities[shown[min(max(0, position), shown.count - 1)]]
        if entity.id != article.entities.selected {
            article.entities.selected = entity.id
            article.target = nil
            sought = .mentions
            article.relations.selected = nil
            revealSomeMention(of: entity)
        }
        revealSelectionInList()
    }

    /// Moves the selection by `step` shown entities (selecting the first when there is none).
    mutating func moveSelection(by step: Int) {
        select(position: selectedPosition.map { $0 + step } ?? 0)
    }

    /// Shows only entities of `kind` (all for nil), keeping the selection if it is still shown and
    /// selecting the first shown entity otherwise.
    mutating func setFilter(_ kind: EntityKind?) {
        article.setEntityFilter(kind)
        article.entities.top = 0
        select(position: selectedPosition ?? 0)
    }

    /// Scrolls the entity pane so the selected row (and its group's heading, when it is the group's
    /// first) is in view, keeping `article.entities.top` in range.
    mutating func revealSelectionInList() {
        let rows = entityRows
        let row = selectedPosition.flatMap { rows.firstIndex(of: .entity(shownEntities[$0])) }
        let headingAbove = row.map { $0 > 0 && Self.isHeading(rows[$0 - 1]) } ?? false
        article.entities.top = ListScroll.top(article.entities.top, revealing: row, headingAbove: headingAbove,
                                   height: entityPageHeight, rowCount: rows.count)
    }

    /// Goes `step` mentions on from the current one (down if positive), wrapping around; with none
    /// current, from the top of the page (see `steppedIndex`).
    mutating func jumpToMention(step: Int) {
        guard let entity = selectedEntity, !entity.mentions.isEmpty else { return }
        let mentions = entity.mentions
        let index = steppedIndex(from: currentMention, by: step, count: mentions.count) { mentions[$0].range.start }
        article.target = .mention(index)
        reveal(entity.mentions[index].range)
    }

    /// Focuses the article at the selected entity's first mention.
    mutating func openSelectedEntity() {
        guard let entity = selectedEntity else { return }
        focus = .article
        guard let first = entity.mentions.first else { return }
        article.target = .mention(0)
        reveal(first.range)
    }

    /// Scrolls the article so a mention of `entity` shows, unless one already does: the first from the
    /// top of the page down, or the first of all.
    /// The mentions are sorted, so the first at or below the page's top is found by binary search.
    private mutating func revealSomeMention(of entity: Entity) {
        let mentions = entity.mentions
        guard !mentions.isEmpty, !layout.lines.isEmpty else { return }
        let bottom = min(layout.lines.count, top + pageHeight)
        let pageStart = layout.lines[top].start
        let below = Self.firstIndex(count: mentions.count) { mentions[$0].range.start >= pageStart }
        let next = lineIndex(containing: mentions[below < mentions.count ? below : 0].range.start)
        guard below == mentions.count || next >= bottom else { return }
        scrollToShow(line: next)
    }

    /// Scrolls the article so `range`'s first line is in view, a third of the way down, if it isn't.
    mutating func reveal(_ range: TextRange) {
        guard !layout.lines.isEmpty else { return }
        let line = lineIndex(containing: range.start)
        if line < top || line >= top + pageHeight {
            scrollToShow(line: line)
        }
    }

    private mutating func scrollToShow(line: Int) {
        scroll(to: line - pageHeight / 3)
    }

    private static func isHeading(_ row: EntityList.Row) -> Bool {
        if case .heading = row { return true }
        return false
    }
}
