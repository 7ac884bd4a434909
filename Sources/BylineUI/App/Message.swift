import BylineCore

/// Everything that can happen to the reader; `update` handles each case.
public enum Message: Sendable {
    /// A key was pressed.
    case key(Key)
    /// The terminal now has this size in cells.
    case resize(width: Int, height: Int)
    /// The full analysis is ready: it replaces the text-only one the reader opened with, keeping the
    /// reading position, the focus and the help overlay.
    case analyzed(Analysis)
}
