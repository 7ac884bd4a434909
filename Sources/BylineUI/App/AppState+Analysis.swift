import BylineCore

extension AppState {
    /// The same reader on a new analysis of the same article: size, keymap, focus, help and reading
    /// position kept; the entity selection starts afresh, since the entities are new.
    func replacingAnalysis(with analysis: Analysis) -> AppState {
        var next = AppState(analysis: analysis, width: width, height: height, keymap: keymap)
        next.focus = focus
        next.isHelpShown = isHelpShown
        next.anchor = anchor
        next.top = min(next.layout.lineIndex(containing: anchor), next.maxTop)
        return next
    }
}
