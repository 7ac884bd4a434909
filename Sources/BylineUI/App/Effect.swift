/// Work `update` asks the run loop to do.
public enum Effect: Sendable, Equatable {
    /// Leave the reader.
    case quit
    /// Repaint the whole screen, not just what changed (Ctrl-L).
    case redraw
}
