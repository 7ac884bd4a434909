extension Color {
    /// The 16 standard colour names, in palette order.
    static let standardNames = [
        "black", "red", "green", "yellow", "blue", "magenta", "cyan", "white",
        "bright-black", "bright-red", "bright-green", "bright-yellow",
        "bright-blue", "bright-magenta", "bright-cyan", "bright-white",
    ]

    /// A colour written in a theme file: `default`, one of the 16 names (any case), `#rrggbb`, or a
    /// palette number 0–255 written as a string. Nil when it is none of these.
    init?(themeSyntax text: String) {
        let lowered = text.lowercased()
        if lowered == "default" {
            self = .default
        } else if let index = Self.standardNames.firstIndex(of: lowered) {
            self = .indexed(UInt8(index))
        } else if let hex = Self.hexColor(lowered) {
            self = hex
        } else if !lowered.isEmpty, lowered.allSatisfy(\.isASCII), let number = UInt8(lowered) {
            self = .indexed(number)
        } else {
            return nil
        }
    }

    private static func hexColor(_ text: String) -> Color? {
        guard text.count == 7, text.first == "#" else { return nil }
        let digits = text.dropFirst()
        guard digits.allSatisfy(\.isHexDigit), let value = UInt32(digits, radix: 16) else { return nil }
        return .rgb(UInt8(value >> 16 & 0xff), UInt8(value >> 8 & 0xff), UInt8(value & 0xff))
    }
}
