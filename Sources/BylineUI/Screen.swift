/// The root layout: the whole screen for a state, as a pure function of the state (its analysis,
/// position and terminal size) and the theme.
public enum Screen {
    /// The frame for `state`'s terminal size: the article pane above the status line, the help overlay
    /// on top when open, or "terminal too small" below the minimum size. A size of zero gives an empty
    /// buffer.
    public static func render(_ state: AppState, theme: Theme) -> Buffer {
        let geometry = state.geometry
        var buffer = Buffer(width: state.width, height: state.height)
        guard !geometry.screen.isEmpty else { return buffer }
        if geometry.isTooSmall {
            TooSmall(width: state.width, height: state.height).render(into: &buffer, area: geometry.screen, theme: theme)
            return buffer
        }
        ArticlePane(article: state.analysis.article, layout: state.layout, top: state.top)
            .render(into: &buffer, area: geometry.article, theme: theme)
        StatusLine(state: state).render(into: &buffer, area: geometry.status, theme: theme)
        if state.isHelpShown {
            HelpOverlay(keymap: state.keymap).render(into: &buffer, area: geometry.article, theme: theme)
        }
        return buffer
    }
}
