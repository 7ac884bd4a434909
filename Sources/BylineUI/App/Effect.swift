/// Work `update` asks the run loop to do.
public enum Effect: Sendable, Equatable {
    /// Leave the reader.
    case quit
    /// Repaint the whole screen, not just what changed (Ctrl-L).
    case redraw
    /// Analyse an article off the drawing thread; the outcome comes back as `Message.analysisFinished`
    /// with the job's id (the article's), and while it runs the loop may send `Message.analysisProgress`.
    case analyze(AnalysisJob)
    /// Run analysis job `id` next, if it still waits (the article the reader now shows).
    case prioritize(Int)
    /// Put this text on the terminal's clipboard (OSC 52).
    case copy(String)
}
