import BylineCore
import Testing
@testable import BylineUI

/// The reader while its analysis runs: it opens on the text with an `analyze` effect, keys work at
/// once, the panes and the status line say it is analysing, and the outcome arrives as a message.
@Suite struct AnalysisUpdateTests {
    private static let text = (1...40)
        .map { "Paragraph \($0) of the harbour report. Mira Okafor said the ferry was late again." }
        .joined(separator: "\n\n")
    /// What the core makes of the text, as the job would return it; made once for the suite.
    private static let analysed: Analysis? = (try? AnalysisModels.bundled()).map {
        Analyzer.analyze(text: text, source: "harbour.txt", models: $0)
    }

    private var text: String { Self.text }

    private func opening(width: Int = 100, height: Int = 30, errorMessage: String? = nil) -> (AppState, [Effect]) {
        AppState.opening(article: .textOnly(text), source: "harbour.txt", width: width, height: height,
                         jobID: 7, errorMessage: errorMessage)
    }

    private func analysis() throws -> Analysis {
        try #require(Self.analysed)
    }

    private func row(_ buffer: Buffer, _ y: Int) -> String {
        (0..<buffer.width).map { buffer[$0, y] }.filter { !$0.isContinuation }.map(\.grapheme).joined()
    }

    @Test func opensOnTheTextAndAsksForTheAnalysisOfThatArticle() throws {
        let (state, effects) = opening()
        #expect(state.isAnalysing)
        #expect(state.article.pendingAnalysis?.jobID == 7)
        #expect(state.entityList.entities.isEmpty)
        guard case .analyze(let job) = try #require(effects.first), effects.count == 1 else {
            Issue.record("expected one analyze effect, got \(effects)")
            return
        }
        #expect(job.id == 7 && job.source == "harbour.txt")
        #expect(job.article.text == text)
        #expect(job.article.paragraphs == state.analysis.article.paragraphs)
        #expect(!state.layout.lines.isEmpty, "the text is wrapped at once")
    }

    @Test func keysWorkWhileTheAnalysisRuns() {
        let (state, _) = opening(width: 40, height: 12)
        let scrolled = update(state, .key(.character(" "))).0
        #expect(scrolled.top == scrolled.pageHeight)
        #expect(scrolled.isAnalysing)
        #expect(update(state, .key(.character("q"))).1 == [.quit])
        let focused = update(state, .key(.tab)).0
        #expect(focused.focus == .entities)
    }

    @Test func panesSayAnalysingAndTheStatusLineCountsSeconds() {
        let (state, _) = opening()
        let later = update(state, .analysisProgress(jobID: 7, elapsedSeconds: 12)).0
        let buffer = Screen.render(later, theme: SnapshotTheme.theme)
        let rows = (0..<buffer.height).map { row(buffer, $0) }
        #expect(rows.filter { $0.contains(PendingAnalysis.notice + " ") || $0.hasSuffix(PendingAnalysis.notice) }.count >= 3,
                "entities, quotes and relations say analysing…")
        #expect(!rows.joined().contains("No entities found"))
        #expect(!rows.joined().contains("No quotes found"))
        #expect(rows.last?.contains("analysing… 12 s") == true)
    }

    @Test func progressOfAnotherJobIsIgnored() {
        let (state, _) = opening()
        #expect(update(state, .analysisProgress(jobID: 8, elapsedSeconds: 5)).0.article.pendingAnalysis?.elapsedSeconds == 0)
    }

    @Test func theAnalysisReplacesTheTextKeepingThePlace() throws {
        let (state, _) = opening(width: 40, height: 12)
        let scrolled = update(state, .key(.character("d"))).0
        let done = update(scrolled, .analysisFinished(jobID: 7, .analysed(try analysis()))).0
        #expect(!done.isAnalysing)
        #expect(done.entityList.entities.contains { $0.name == "Mira Okafor" })
        #expect(done.layout.lines[done.top].start == scrolled.layout.lines[scrolled.top].start)
        let buffer = Screen.render(update(done, .key(.tab)).0, theme: SnapshotTheme.theme)
        #expect(!(0..<buffer.height).map { row(buffer, $0) }.joined().contains(PendingAnalysis.notice))
    }

    @Test func theOutcomeOfAJobNoLongerAwaitedIsDropped() throws {
        let (state, _) = opening()
        let after = update(state, .analysisFinished(jobID: 3, .analysed(try analysis()))).0
        #expect(after.isAnalysing)
        #expect(after.entityList.entities.isEmpty)
    }

    @Test func aFailedAnalysisLeavesTheTextAndSaysWhyUntilTheNextKey() throws {
        let (state, _) = opening()
        let failed = update(state, .analysisFinished(jobID: 7, .failed("cannot load the analysis models"))).0
        #expect(!failed.isAnalysing)
        #expect(failed.errorMessage == "cannot load the analysis models")
        let buffer = Screen.render(failed, theme: SnapshotTheme.theme)
        let status = row(buffer, buffer.height - 1)
        #expect(status.contains("cannot load the analysis models"))
        let characters = Array(status)
        let x = try #require(characters.indices.first { String(characters[$0...]).hasPrefix("cannot") })
        #expect(buffer[x, buffer.height - 1].style == SnapshotTheme.theme.style(for: "ui.message.error"))
        let next = update(failed, .key(.character("j"))).0
        #expect(next.errorMessage == nil)
        #expect(next.top == 1, "the key that clears the message also acts")
    }

    @Test func aMessageGivenAtTheStartShowsAndSurvivesTheAnalysis() throws {
        let (state, _) = opening(errorMessage: "dusk.toml:3: scopes.text: unknown colour \"x\"; using the default theme")
        let buffer = Screen.render(state, theme: SnapshotTheme.theme)
        #expect(row(buffer, buffer.height - 1).contains("dusk.toml:3"))
        let done = update(state, .analysisFinished(jobID: 7, .analysed(try analysis()))).0
        #expect(done.errorMessage == state.errorMessage)
    }

    @Test func whileAnalysing() throws {
        let (state, _) = opening()
        let later = update(state, .analysisProgress(jobID: 7, elapsedSeconds: 3)).0
        try Snapshot.assertMatches(Screen.render(later, theme: SnapshotTheme.theme), named: "analysing-100x30")
        let tabbed = update(opening(width: 40, height: 12).0, .key(.character("2"))).0
        try Snapshot.assertMatches(Screen.render(tabbed, theme: SnapshotTheme.theme), named: "analysing-40x12-entities-tab")
    }
}
