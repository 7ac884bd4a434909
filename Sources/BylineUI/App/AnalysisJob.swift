import BylineCore

/// An analysis the reader asks the run loop to carry out (`Effect.analyze`), off the thread that draws.
///
/// The outcome comes back as `Message.analysisFinished` with the job's `id`, so the reader can tell
/// which article it belongs to and drop one it no longer waits for.
public struct AnalysisJob: Sendable, Equatable {
    /// The reader's number for this job.
    public let id: Int
    /// The article's source as the user named it.
    public let source: String
    /// The article as the reader shows it before the analysis: its text and paragraphs. The job parses
    /// and analyses the text in full.
    public let article: Article

    public init(id: Int, source: String, article: Article) {
        self.id = id
        self.source = source
        self.article = article
    }

    /// Two jobs are the same job when they have the same number and source.
    public static func == (a: AnalysisJob, b: AnalysisJob) -> Bool {
        a.id == b.id && a.source == b.source
    }
}

/// How an analysis job ended.
public enum AnalysisOutcome: Sendable {
    /// The full analysis of the job's article.
    case analysed(Analysis)
    /// The analysis could not run (the models would not load); the reader keeps showing the text and
    /// shows this message.
    case failed(String)
}

/// The analysis the reader waits for, and for how long it has run so far.
public struct PendingAnalysis: Hashable, Sendable {
    /// The `AnalysisJob.id` of the job.
    public let jobID: Int
    /// Whole seconds since the job started, as the run loop last reported them.
    public var elapsedSeconds: Int

    /// What the panes say in place of their lists while the analysis runs.
    public static let notice = "analysing…"

    /// The status line's account of it: "analysing…", then "analysing… 12 s" from the first second on.
    public var progress: String {
        elapsedSeconds > 0 ? "\(Self.notice) \(elapsedSeconds) s" : Self.notice
    }
}
