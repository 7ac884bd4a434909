/// Work `update` asks the run loop to do.
public enum Effect: Sendable, Equatable {
    /// Leave the reader.
    case quit
    /// Repaint the whole screen, not just what changed (Ctrl-L).
    case redraw
    /// Analyse an article off the drawing thread; the outcome comes back as `Message.analysisFinished`,
    /// and while it runs the loop may send `Message.analysisProgress`.
    case analyze(AnalysisJob)
}
