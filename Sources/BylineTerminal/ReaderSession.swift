import BylineCore
import BylineUI

/// The interactive reader's run loop: render the state, paint it, wait for a key, update, repeat.
public enum ReaderSession {
    /// Runs the reader on an analysis until the user quits; returns the exit status. With
    /// `quitAfterFirstPaint` it returns as soon as the first frame is on the terminal (for startup benchmarks).
    public static func run(analysis: Analysis, theme: Theme, keyboardFromTTY: Bool,
                           environment: [String: String], quitAfterFirstPaint: Bool = false) throws -> Int32 {
        let terminal = try CursesTerminal(keyboardFromTTY: keyboardFromTTY, environment: environment)
        defer { terminal.close() }
        let size = terminal.size
        var state = AppState(analysis: analysis, width: size.width, height: size.height)
        var forceRepaint = true
        while true {
            terminal.paint(Screen.render(state, theme: theme), force: forceRepaint)
            forceRepaint = false
            if quitAfterFirstPaint { return 0 }
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
