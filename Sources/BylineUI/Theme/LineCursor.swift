/// A position in one line of TOML, with the few reading steps `TOMLKeyLocator` needs.
struct LineCursor {
    private let characters: [Character]
    private var index = 0

    init(_ line: Substring) {
        characters = Array(line)
    }

    /// The next character, or nil at the end of the line.
    var peek: Character? { index < characters.count ? characters[index] : nil }

    /// The text not yet read.
    var rest: String { String(characters[min(index, characters.count)...]) }

    mutating func advance() { index += 1 }

    mutating func skipSpaces() {
        while let c = peek, c == " " || c == "\t" || c == "\r" { advance() }
    }

    /// Reads `text` after optional spaces, if it comes next.
    mutating func consume(_ text: String) -> Bool {
        skipSpaces()
        let expected = Array(text)
        guard index + expected.count <= characters.count,
              Array(characters[index..<index + expected.count]) == expected
        else { return false }
        index += expected.count
        return true
    }

    /// Reads a dotted key (`a.b`, `"a.b".c`, `'x'`); nil if there is none.
    mutating func keyPath() -> [String]? {
        var path: [String] = []
        while true {
            skipSpaces()
            guard let part = key() else { return nil }
            path.append(part)
            skipSpaces()
            guard peek == "." else { return path }
            advance()
        }
    }

    /// Skips an inline value up to the next `,` or `}` outside strings and brackets.
    mutating func skipValue() {
        var depth = 0
        while let c = peek {
            switch c {
            case "\"", "'":
                _ = quoted(c)
                continue
            case "[", "{":
                depth += 1
            case "]":
                depth -= 1
            case "}":
                if depth == 0 { return }
                depth -= 1
            case ",":
                if depth == 0 { return }
            default:
                break
            }
            advance()
        }
    }

    private mutating func key() -> String? {
        guard let c = peek else { return nil }
        if c == "\"" || c == "'" { return quoted(c) }
        var bare = ""
        while let c = peek, c.isASCII, c.isLetter || c.isNumber || c == "_" || c == "-" {
            bare.append(c)
            advance()
        }
        return bare.isEmpty ? nil : bare
    }

    /// Reads a string quoted by `quote`; basic strings (`"`) have their simple escapes undone.
    private mutating func quoted(_ quote: Character) -> String? {
        advance()
        var text = ""
        while let c = peek {
            advance()
            if c == quote { return text }
            if c == "\\", quote == "\"", let escaped = peek {
                advance()
                text.append(Self.unescaped[escaped] ?? escaped)
            } else {
                text.append(c)
            }
        }
        return nil
    }

    private static let unescaped: [Character: Character] = ["n": "\n", "t": "\t", "r": "\r", "b": "\u{8}", "f": "\u{c}"]
}
