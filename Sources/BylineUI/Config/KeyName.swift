/// Keys as a config file names them: a character ("x", "%"), "ctrl-x", or a named key.
enum KeyName {
    private static let named: [String: Key] = [
        "enter": .enter, "tab": .tab, "shift-tab": .backTab, "esc": .escape, "escape": .escape, "space": .character(" "),
        "backspace": .backspace, "up": .up, "down": .down, "left": .left, "right": .right, "pgup": .pageUp,
        "pgdn": .pageDown, "home": .home, "end": .end,
    ]

    /// The key `name` names, if any.
    static func key(named name: String) -> Key? {
        if name.count == 1, let character = name.first, !character.isWhitespace, !character.isNewline {
            return .character(character)
        }
        let lower = name.lowercased()
        if lower.hasPrefix("ctrl-"), lower.count == 6, let letter = lower.last, letter.isASCII, letter.isLetter {
            return .control(letter)
        }
        return named[lower]
    }
}
