extension AppState {
    /// The shown pane `step` places from `pane` in Tab order, wrapping around.
    func shownPane(after pane: Pane, step: Int) -> Pane {
        var next = pane.cycled(by: step)
        while !panes.contains(next), next != pane {
            next = next.cycled(by: step)
        }
        return next
    }

    /// Shows `pane` if hidden, hides it if shown (the article stays); a hidden focused pane gives the
    /// focus to the article. The article is re-wrapped for the width it gets and the lists' selections
    /// kept in view.
    mutating func toggle(_ pane: Pane?) {
        guard let pane, pane != .article else { return }
        let wanted = panes.contains(pane) ? panes.filter { $0 != pane } : panes + [pane]
        panes = ReaderGeometry(width: 0, height: 0, panes: wanted).panes
        if !panes.contains(focus) {
            focus = .article
        }
        rewrapIfNeeded()
    }
}
