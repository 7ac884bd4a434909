/// Why the reader could not open on the terminal.
public enum TerminalError: Error, Equatable, CustomStringConvertible {
    /// TERM is unset or empty.
    case noTerminalType
    /// Terminfo has no entry for TERM.
    case unknownTerminalType(String)
    /// The terminal cannot move its cursor (TERM=dumb and its like): the text is better printed.
    case cannotDraw(String)
    /// There is no terminal to read keys from (no /dev/tty, and standard input is not a terminal).
    case noKeyboard(String)
    /// ncurses would not start on the terminal.
    case cannotOpen(String)

    public var description: String {
        switch self {
        case .noTerminalType:
            "TERM is not set, so the reader does not know how to draw; set it (for example TERM=xterm-256color), "
                + "or pipe the output (byline FILE | cat) for plain text"
        case .unknownTerminalType(let term):
            "unknown terminal type TERM=\(term) (terminfo has no entry for it); set TERM to one it knows, "
                + "or pipe the output (byline FILE | cat) for plain text"
        case .cannotDraw(let term):
            "this terminal (TERM=\(term)) cannot move its cursor, so the reader cannot draw; printing the text instead"
        case .noKeyboard(let reason):
            "no terminal to read keys from (\(reason)); pipe the output (byline FILE | cat) for plain text"
        case .cannotOpen(let term):
            "cannot start the reader on this terminal (TERM=\(term))"
        }
    }
}
