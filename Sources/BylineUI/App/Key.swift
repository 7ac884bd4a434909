/// A key press as the terminal backend decodes it.
public enum Key: Hashable, Sendable {
    /// A printable character, Space included (`.character(" ")`).
    case character(Character)
    case up, down, left, right, pageUp, pageDown, home, end, enter, tab, backTab, escape, backspace
    /// A control chord, by its lowercase letter: `.control("l")` is Ctrl-L.
    case control(Character)
}
