import BylineCore
import BylineUI
import Foundation

/// The interactive reader's run loop: render the state, paint it, wait for a key (or an analysis
/// outcome), update, carry out the effects, repeat.
public enum ReaderSession {
    /// When a startup benchmark stops the reader.
    public enum BenchmarkExit: String, Sendable, CaseIterable {
        /// After the first frame: the article's text, before the analysis.
        case firstPaint = "first"
        /// After the frame that shows the full analysis.
        case analyzedPaint = "analyzed"
    }

    /// How a session ended.
    public struct Outcome: Sendable {
        /// The exit status: 0 when the user quit, `lostTerminal` when the terminal went away.
        public var status: Int32
        /// The problems the status line showed (the message given at the start, a failed analysis), to be
        /// said again once the terminal is back to normal.
        public var errors: [String]
    }

    /// The exit status when the keyboard's terminal goes away under the reader (EX_IOERR).
    public static let lostTerminal: Int32 = 74

    /// How long the loop waits for a key while an analysis runs, in milliseconds, before it looks at the
    /// analysis's progress again (its outcome wakes the loop at once).
    static let progressInterval: Int32 = 250

    /// Lets a thread of its own free `state`: a long article's layout and analysis take a while to free,
    /// and quitting need not wait for that (the process may well end first).
    private static func releaseInBackground(_ state: consuming AppState) {
        Thread { [state] in withExtendedLifetime(state) {} }.start()
    }

    /// Runs the reader until the user quits.
    ///
    /// The first frame shows the first article's text at once (its first paragraphs wrapped from its
    /// blocks; the rest is laid out a step at a time whenever no key waits); `analyze` then
    /// runs on a thread of its own for each article in turn, the one on screen first (it loads the
    /// models, parses and analyses) while keys work, and each outcome replaces its article's text-only
    /// view. `errorMessage` shows in the status line from the start. `mouse` asks the terminal for mouse
    /// events; `wrapLimit` caps the article's wrap width; `panes` are those shown beside the article.
    /// With `crashForTesting`, the reader traps right after its first frame, to test that a crash
    /// restores the terminal.
    public static func run(articles: [(article: Article, source: String)],
                           analyze: @escaping @Sendable (AnalysisJob) -> AnalysisOutcome,
                           theme: Theme, keymap: Keymap = .reader, mouse: Bool = true, wrapLimit: Int? = nil,
                           panes: [Pane] = Pane.allCases,
                           errorMessage: String? = nil,
                           environment: [String: String], benchmarkExit: BenchmarkExit? = nil,
                           crashForTesting: Bool = false) throws(TerminalError) -> Outcome {
        let terminal = try CursesTerminal(environment: environment, mouse: mouse)
        defer { terminal.close() }
        let worker = AnalysisWorker(analyze: analyze)
        let size = terminal.size
        var (state, effects) = AppState.opening(articles: articles, width: size.width, height: size.height,
                                                keymap: keymap, wrapLimit: wrapLimit, panes: panes,
                                                errorMessage: errorMessage)
        var errors = errorMessage.map { [$0] } ?? []
        var forceRepaint = true
        var isFirstPaint = true
        // A step of laying out that leaves the layout incomplete changes nothing on screen.
        var isFrameUnchanged = false
        while true {
            // Analyses start once the frame is on screen: model loading never comes before the first frame.
            var jobs: [AnalysisJob] = []
            for effect in effects {
                switch effect {
                case .quit:
                    terminal.close()
                    releaseInBackground(consume state)
                    return Outcome(status: 0, errors: errors)
                case .redraw: forceRepaint = true
                case .analyze(let job): jobs.append(job)
                case .prioritize(let id): worker.prioritize(id)
                case .copy(let text): terminal.copyToClipboard(text)
                }
            }
            if !isFrameUnchanged || forceRepaint {
                terminal.paint(Screen.render(state, theme: theme), force: forceRepaint)
            }
            forceRepaint = false
            isFrameUnchanged = false
            if isFirstPaint {
                isFirstPaint = false
                if crashForTesting { fatalError("the reader was asked to crash (--test-crash)") }
                if benchmarkExit == .firstPaint { return Outcome(status: 0, errors: errors) }
            }
            jobs.forEach(worker.enqueue)
            if benchmarkExit == .analyzedPaint, !state.isAnalysing { return Outcome(status: 0, errors: errors) }
            let message: Message
            if let next = worker.nextMessage() {
                message = next
            } else {
                let timeout = state.isLayingOut ? 0 : worker.isBusy ? progressInterval : nil
                switch terminal.readEvent(timeout: timeout, wakeDescriptor: worker.wakeDescriptor) {
                case .key(let key):
                    message = .key(key)
                case .mouse(let event):
                    message = .mouse(event)
                case .resize:
                    let size = terminal.size
                    message = .resize(width: size.width, height: size.height)
                    forceRepaint = true
                case .woken:
                    worker.drainWakeUps()
                    effects = []
                    continue
                case .ignored, .timeout:
                    guard state.isLayingOut else {
                        effects = []
                        continue
                    }
                    message = .continueLayout
                case .closed:
                    return Outcome(status: lostTerminal, errors: errors)
                }
            }
            let previousError = state.errorMessage
            (state, effects) = update(state, message)
            if case .continueLayout = message { isFrameUnchanged = state.isLayingOut }
            if let error = state.errorMessage, error != previousError, !errors.contains(error) {
                errors.append(error)
            }
        }
    }
}
