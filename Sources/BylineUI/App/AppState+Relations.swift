import BylineCore

extension AppState {
    /// The entity the relation pane is about: the selected one; with none selected while the article
    /// has focus, the entity of the first name mention on the page (from the top line down).
    public var relationEntityID: String? {
        if let selected = article.entities.selected { return selected }
        guard focus == .article else { return nil }
        return entityOnPage
    }

    /// The relation pane's entries for `relationEntityID`.
    public var relationEntries: [RelationList.Entry] {
        relationEntityID.map { relationList.entries(of: $0) } ?? []
    }

    /// The number of relation pane rows one screen shows (of the minimum size while the terminal is
    /// smaller), its heading row and network included.
    public var relationPageHeight: Int {
        usableGeometry.content(of: .relations).height
    }

    /// The selected entry's place in `relationEntries`, if it is one of them.
    public var selectedRelationPosition: Int? {
        guard let id = article.relations.selected else { return nil }
        return relationEntries.firstIndex { $0.id == id }
    }

    /// The entity of the first name mention from the page's top line down, if one is on the page.
    var entityOnPage: String? {
        guard !layout.lines.isEmpty, top < layout.lines.count else { return nil }
        let start = layout.lines[top].start
        let bottom = top + pageHeight
        let end = bottom < layout.lines.count ? layout.lines[bottom].start : analysis.article.length
        return highlights.spans(overlapping: TextRange(start: start, end: max(start, end)))
            .first { $0.range.start >= start }?.entityID
    }

    /// Selects the entry at `position` (clamped) among `relationEntries`; with none, nothing. A new
    /// selection forgets the evidence opened last.
    mutating func selectRelation(position: Int) {
        let entries = relationEntries
        guard !entries.isEmpty else {
            article.relations.selected = nil
            return
        }
        let id = entries[min(max(0, position), entries.count - 1)].id
        if id != article.relations.selected {
            article.relations.selected = id
            if currentEvidence != nil { article.target = nil }
        }
        revealRelationSelectionInList()
    }

    /// The number of relation list rows one screen shows: the pane less its heading row and network.
    var relationListHeight: Int {
        let area = usableGeometry.content(of: .relations)
        return RelationPane(state: self).listArea(in: area).height
    }

    /// Scrolls the relation list so the selected entry (and its heading, when it is the group's first)
    /// is in view, keeping `article.relations.top` in range.
    mutating func revealRelationSelectionInList() {
        let entries = relationEntries
        let rows = RelationList.rows(of: entries)
        let row = selectedRelationPosition.flatMap { rows.firstIndex(of: .entry($0)) }
        let headingAbove = row.map { $0 > 0 && rows[$0 - 1].isHeading } ?? false
        article.relations.top = ListScroll.top(article.relations.top, revealing: row, headingAbove: headingAbove,
                                     height: relationListHeight, rowCount: rows.count)
    }

    /// Moves the relation selection by `step` entries (selecting the first when there is none).
    mutating func moveRelationSelection(by step: Int) {
        selectRelation(position: selectedRelationPosition.map { $0 + step } ?? 0)
    }

    /// Focuses the article at the selected entry's evidence, highlighted as `currentEvidence`.
    mutating func openSelectedRelation() {
        guard let position = selectedRelationPosition else { return }
        let evidence = relationEntries[position].evidence
        focus = .article
        article.target = .evidence(evidence)
        reveal(evidence)
    }

    /// On focusing the relation pane: with no entity selected, selects the one the article shows (see
    /// `entityOnPage`) if the entity pane shows it; then selects the first entry if none is selected.
    mutating func prepareRelationFocus(from previous: Pane) {
        if article.entities.selected == nil, previous == .article, let id = entityOnPage,
           let position = shownEntities.firstIndex(where: { entityList.entities[$0].id == id }) {
            select(position: position)
        }
        if selectedRelationPosition == nil {
            selectRelation(position: 0)
        }
    }
}
