/// How many colours the terminal can show.
public enum ColorDepth: Sendable, Hashable, CaseIterable {
    /// 24-bit colour.
    case trueColor
    /// The xterm 256-colour palette.
    case palette256
    /// The 16 standard colours.
    case palette16
    /// The 8 basic colours.
    case palette8
    /// No colour: attributes only.
    case none

    /// The depth for a terminal reporting `colors` colours (ncurses `COLORS`), whether its terminfo
    /// entry has direct colour (the `RGB` flag), and its environment.
    ///
    /// Direct colour, or `COLORTERM=truecolor`/`24bit` on a terminal with at least 256 colours, means
    /// 24-bit colour; fewer than 8 colours means none.
    public static func detect(colors: Int, hasDirectColor: Bool, environment: [String: String]) -> ColorDepth {
        if hasDirectColor { return .trueColor }
        let colorTerm = environment["COLORTERM"]?.lowercased()
        switch colors {
        case 256...:
            return colorTerm == "truecolor" || colorTerm == "24bit" ? .trueColor : .palette256
        case 16..<256:
            return .palette16
        case 8..<16:
            return .palette8
        default:
            return .none
        }
    }
}
