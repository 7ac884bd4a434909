/// What a key binding does. The keymap maps keys to actions and `update` performs them.
public enum Action: Hashable, Sendable, CaseIterable {
    case lineDown, lineUp, pageDown, pageUp, halfPageDown, halfPageUp, top, bottom
    /// Open the help overlay (any key closes it).
    case help
    case quit
    /// Repaint the whole screen.
    case redraw
}
