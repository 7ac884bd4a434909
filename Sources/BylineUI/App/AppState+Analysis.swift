import BylineCore

extension AppState {
    /// The reader as it opens on `article`, shown as text while its analysis runs, and the effect that
    /// starts that analysis as job `jobID`. `errorMessage` (a theme that would not load) shows in the
    /// status line from the start.
    public static func opening(article: Article, source: String, width: Int, height: Int, keymap: Keymap = .reader,
                               jobID: Int = 1, errorMessage: String? = nil) -> (AppState, [Effect]) {
        var state = AppState(analysis: Analysis(source: source, article: article), width: width, height: height,
                             keymap: keymap)
        state.pendingAnalysis = PendingAnalysis(jobID: jobID, elapsedSeconds: 0)
        state.errorMessage = errorMessage
        return (state, [.analyze(AnalysisJob(id: jobID, source: source, article: article))])
    }

    /// Whether the reader still waits for its analysis.
    public var isAnalysing: Bool { pendingAnalysis != nil }

    /// The state once job `jobID` has ended; unchanged if the reader does not wait for that job.
    func finishing(job jobID: Int, with outcome: AnalysisOutcome) -> AppState {
        guard pendingAnalysis?.jobID == jobID else { return self }
        var next: AppState
        switch outcome {
        case .analysed(let analysis):
            // The job analysed the very text the reader shows, so its lines can be kept.
            next = replacingAnalysis(with: analysis, sameText: true)
        case .failed(let reason):
            next = self
            next.errorMessage = reason
        }
        next.pendingAnalysis = nil
        return next
    }

    /// The same reader on a new analysis of the same article: size, keymap, focus, help, message and
    /// reading position kept; the entity selection starts afresh, since the entities are new. With
    /// `sameText` (the analysis is of the text shown), the wrapped lines are kept if their width still fits.
    func replacingAnalysis(with analysis: Analysis, sameText: Bool) -> AppState {
        var next = AppState(analysis: analysis, width: width, height: height, keymap: keymap,
                            reusing: sameText ? layout : nil)
        next.focus = focus
        next.isHelpShown = isHelpShown
        next.errorMessage = errorMessage
        next.pendingAnalysis = pendingAnalysis
        next.anchor = anchor
        next.top = min(next.layout.lineIndex(containing: anchor), next.maxTop)
        return next
    }
}
