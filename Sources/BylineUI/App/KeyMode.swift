/// Which key table is in force: keys mean different things while a prompt or the help is open.
public enum KeyMode: String, Hashable, Sendable, CaseIterable {
    /// Reading: the panes' keys.
    case normal
    /// Typing into the search or filter prompt: printable keys type, a few keys edit.
    case prompt
    /// The help overlay is open: keys scroll it, others close it.
    case help
    /// After `:`, the key naming a command (`:n`, `:p`).
    case command
    /// The list of open articles is shown: keys move in it and open one.
    case articles
}
