/// The root layout: the whole screen for a state, as a pure function of the state (its analysis,
/// position, focus, selection and terminal size) and the theme.
public enum Screen {
    /// The frame for `state`'s terminal size: the panes as `ReaderGeometry` places them (side by side
    /// in frames, or the focused one under a tab bar) above the status line, the help or the article list
    /// on top when open, or "terminal too small" below the minimum size. A size of zero gives an empty buffer.
    public static func render(_ state: AppState, theme: Theme) -> Buffer {
        let geometry = state.geometry
        var buffer = Buffer(width: state.width, height: state.height)
        guard !geometry.screen.isEmpty else { return buffer }
        if geometry.isTooSmall {
            TooSmall(width: state.width, height: state.height).render(into: &buffer, area: geometry.screen, theme: theme)
            return buffer
        }
        let titles = titles(state)
        switch geometry.arrangement {
        case .columns:
            for pane in geometry.panes {
                PaneFrame(title: "\(pane.number) " + (titles[pane] ?? pane.title), isFocused: pane == state.focus)
                    .render(into: &buffer, area: geometry.area(of: pane), theme: theme)
                renderContent(of: pane, state: state, into: &buffer, area: geometry.content(of: pane), theme: theme)
            }
        case .tabs:
            TabBar(titles: titles, active: state.focus, panes: geometry.panes).render(into: &buffer, area: geometry.tabBar, theme: theme)
            renderContent(of: state.focus, state: state, into: &buffer, area: geometry.content(of: state.focus), theme: theme)
        }
        StatusLine(state: state).render(into: &buffer, area: geometry.status, theme: theme)
        let main = Rect(x: 0, y: 0, width: geometry.screen.width, height: geometry.status.y)
        switch state.mode {
        case .help:
            HelpOverlay(keymap: state.keymap).render(into: &buffer, area: main, theme: theme, top: state.helpTop)
        case .articles:
            ArticleListOverlay(state: state).render(into: &buffer, area: main, theme: theme)
        default:
            break
        }
        return buffer
    }

    /// Each pane's frame or tab title.
    static func titles(_ state: AppState) -> [Pane: String] {
        Dictionary(uniqueKeysWithValues: Pane.allCases.map { ($0, title(of: $0, state: state)) })
    }

    /// The title of `pane`'s frame or tab.
    static func title(of pane: Pane, state: AppState) -> String {
        pane == .entities ? EntityPane.title(filter: state.article.entityFilter) : pane.title
    }

    private static func renderContent(of pane: Pane, state: AppState, into buffer: inout Buffer, area: Rect,
                                      theme: Theme) {
        switch pane {
        case .article:
            ArticlePane(state: state).render(into: &buffer, area: area, theme: theme)
        case .entities:
            EntityPane(state: state).render(into: &buffer, area: area, theme: theme)
        case .quotes:
            QuotePane(state: state).render(into: &buffer, area: area, theme: theme)
        case .relations:
            RelationPane(state: state).render(into: &buffer, area: area, theme: theme)
        }
    }
}
