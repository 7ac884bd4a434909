import BylineCore
import BylineUI

/// The interactive reader's run loop: render the state, paint it, wait for a key, update, repeat.
public enum ReaderSession {
    /// When a startup benchmark stops the reader.
    public enum BenchmarkExit: String, Sendable, CaseIterable {
        /// After the first frame: the article's text, before the analysis.
        case firstPaint = "first"
        /// After the frame that shows the full analysis.
        case analyzedPaint = "analyzed"
    }

    /// Runs the reader until the user quits and returns the exit status.
    ///
    /// The first frame shows `article` as plain text at once; `analyze` then runs (it loads the models on
    /// first use) and its analysis replaces the plain one, so a slow load never delays the text.
    public static func run(article: Article, source: String, analyze: (Article) -> Analysis, theme: Theme,
                           keyboardFromTTY: Bool, environment: [String: String],
                           benchmarkExit: BenchmarkExit? = nil) throws -> Int32 {
        let terminal = try CursesTerminal(keyboardFromTTY: keyboardFromTTY, environment: environment)
        defer { terminal.close() }
        let size = terminal.size
        var state = AppState(analysis: Analysis(source: source, article: article), width: size.width, height: size.height)
        terminal.paint(Screen.render(state, theme: theme), force: true)
        if benchmarkExit == .firstPaint { return 0 }
        state = update(state, .analyzed(analyze(article))).0
        var forceRepaint = false
        while true {
            terminal.paint(Screen.render(state, theme: theme), force: forceRepaint)
            forceRepaint = false
            if benchmarkExit == .analyzedPaint { return 0 }
            let message: Message
            switch terminal.readEvent() {
            case .key(let key):
                message = .key(key)
            case .resize:
                let size = terminal.size
                message = .resize(width: size.width, height: size.height)
                forceRepaint = true
            case .ignored:
                continue
            }
            let (next, effects) = update(state, message)
            state = next
            for effect in effects {
                switch effect {
                case .quit: return 0
                case .redraw: forceRepaint = true
                }
            }
        }
    }
}
