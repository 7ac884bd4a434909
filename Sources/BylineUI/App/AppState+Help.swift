extension AppState {
    /// The area the help overlay is drawn in: the screen above the status line (of the minimum size while
    /// the terminal is smaller).
    var helpArea: Rect {
        let geometry = usableGeometry
        return Rect(x: 0, y: 0, width: geometry.screen.width, height: geometry.status.y)
    }

    /// The rows the help overlay shows at once at the current size.
    var helpPageHeight: Int { HelpOverlay.pageHeight(in: helpArea.height) }

    /// The largest `helpTop`: the one that shows the help's last rows.
    var maxHelpTop: Int { max(0, HelpOverlay(keymap: keymap).lineCount(width: helpArea.width) - helpPageHeight) }

    /// Scrolls the help by a move bound in help mode.
    mutating func scrollHelp(_ action: Action) {
        guard case .move(let motion) = action else { return }
        let page = max(1, helpPageHeight - 1)
        switch motion {
        case .lineDown: helpTop += 1
        case .lineUp: helpTop -= 1
        case .pageDown, .halfPageDown: helpTop += page
        case .pageUp, .halfPageUp: helpTop -= page
        case .first: helpTop = 0
        case .last: helpTop = maxHelpTop
        }
        helpTop = min(max(0, helpTop), maxHelpTop)
    }
}
