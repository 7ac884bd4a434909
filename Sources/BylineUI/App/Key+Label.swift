extension Key {
    /// How the key is written in the help overlay and the hint line: "j", "Space", "↓", "PgDn",
    /// "Ctrl-L".
    public var label: String {
        switch self {
        case .character(" "): "Space"
        case .character(let c): TextSanitizer.sanitized(String(c))
        case .up: "↑"
        case .down: "↓"
        case .left: "←"
        case .right: "→"
        case .pageUp: "PgUp"
        case .pageDown: "PgDn"
        case .home: "Home"
        case .end: "End"
        case .enter: "Enter"
        case .tab: "Tab"
        case .backTab: "Shift-Tab"
        case .escape: "Esc"
        case .backspace: "Backspace"
        case .control(let c): "Ctrl-" + TextSanitizer.sanitized(String(c)).uppercased()
        }
    }
}
