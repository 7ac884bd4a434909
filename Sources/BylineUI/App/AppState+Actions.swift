extension AppState {
    /// The state after `action`, and its effects.
    func performing(_ action: Action) -> (AppState, [Effect]) {
        var next = self
        let half = max(1, pageHeight / 2)
        switch action {
        case .lineDown: next.scroll(by: 1)
        case .lineUp: next.scroll(by: -1)
        case .pageDown: next.scroll(by: pageHeight)
        case .pageUp: next.scroll(by: -pageHeight)
        case .halfPageDown: next.scroll(by: half)
        case .halfPageUp: next.scroll(by: -half)
        case .top: next.scroll(to: 0)
        case .bottom: next.scroll(to: maxTop)
        case .help: next.isHelpShown = true
        case .quit: return (next, [.quit])
        case .redraw: return (next, [.redraw])
        }
        return (next, [])
    }
}
