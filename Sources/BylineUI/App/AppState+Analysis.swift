import BylineCore

extension AppState {
    /// The reader as it opens on `article`, shown as text while its analysis runs, and the effect that
    /// starts that analysis as job `jobID`. `errorMessage` (a theme that would not load) shows in the
    /// status line from the start.
    public static func opening(article: Article, source: String, width: Int, height: Int, keymap: Keymap = .reader,
                               jobID: Int = 1, errorMessage: String? = nil) -> (AppState, [Effect]) {
        var (state, effects) = opening(articles: [(article, source)], width: width, height: height, keymap: keymap,
                                       errorMessage: errorMessage)
        state.articles = [ArticleView(id: jobID, analysis: state.analysis, wrapWidth: state.wrapWidth(hasQuotes:),
                                      reusing: state.layout)]
        state.article.pendingAnalysis = PendingAnalysis(jobID: jobID, elapsedSeconds: 0)
        effects = [.analyze(AnalysisJob(id: jobID, source: source, article: article))]
        return (state, effects)
    }

    /// The reader as it opens on several articles, showing the first as text while the analyses run, and
    /// the effects that start them: article `i` (from 1) is job `i`, and the first is asked for first.
    public static func opening(articles: [(article: Article, source: String)], width: Int, height: Int,
                               keymap: Keymap = .reader, wrapLimit: Int? = nil, panes: [Pane] = Pane.allCases,
                               errorMessage: String? = nil) -> (AppState, [Effect]) {
        var state = AppState(analyses: articles.map { Analysis(source: $0.source, article: $0.article) }, width: width,
                             height: height, keymap: keymap, wrapLimit: wrapLimit, panes: panes)
        for index in state.articles.indices {
            state.articles[index].pendingAnalysis = PendingAnalysis(jobID: state.articles[index].id, elapsedSeconds: 0)
        }
        state.errorMessage = errorMessage
        let jobs = zip(state.articles, articles).map { view, input in
            Effect.analyze(AnalysisJob(id: view.id, source: input.source, article: input.article))
        }
        return (state, jobs)
    }

    /// Whether the article shown still waits for its analysis.
    public var isAnalysing: Bool { article.pendingAnalysis != nil }

    /// Records that job `jobID` has run `seconds` whole seconds.
    mutating func reportProgress(job jobID: Int, seconds: Int) {
        guard let index = articles.firstIndex(where: { $0.pendingAnalysis?.jobID == jobID }) else { return }
        articles[index].pendingAnalysis?.elapsedSeconds = seconds
    }

    /// The state once job `jobID` has ended; unchanged if no article waits for that job.
    func finishing(job jobID: Int, with outcome: AnalysisOutcome) -> (AppState, [Effect]) {
        guard let index = articles.firstIndex(where: { $0.pendingAnalysis?.jobID == jobID }) else { return (self, []) }
        var next = self
        switch outcome {
        case .analysed(let analysis):
            // The job analysed the very text the reader shows, so its lines can be kept.
            next.articles[index] = articles[index].replacingAnalysis(with: analysis, sameText: true,
                                                                     wrapWidth: wrapWidth(hasQuotes:))
            if index == current {
                next.top = min(next.lineIndex(containing: next.article.anchor), next.maxTop)
            }
        case .failed(let reason):
            next.errorMessage = reason
        }
        next.articles[index].pendingAnalysis = nil
        return (next, [])
    }
}
