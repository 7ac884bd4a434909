/// Everything that can happen to the reader; `update` handles each case.
public enum Message: Sendable {
    /// A key was pressed.
    case key(Key)
    /// The mouse was used (when the reader asks the terminal for mouse events).
    case mouse(MouseEvent)
    /// The reader waits for a key: lay out another step of the article shown while its layout is
    /// incomplete (`AppState.isLayingOut`).
    case continueLayout
    /// The terminal now has this size in cells.
    case resize(width: Int, height: Int)
    /// Analysis job `jobID` has run for `elapsedSeconds` whole seconds.
    case analysisProgress(jobID: Int, elapsedSeconds: Int)
    /// Analysis job `jobID` ended. A full analysis replaces the text-only one the reader opened with,
    /// keeping the reading position, the focus and the help overlay; a failure is shown in the status line.
    case analysisFinished(jobID: Int, AnalysisOutcome)
}
