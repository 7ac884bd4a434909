/// A cheap look at a theme file's shape before TOMLKit parses it: how deep its tables and arrays nest
/// (brackets and braces, and the parts of dotted keys) and how many keys it has. TOMLKit takes time
/// that grows faster than the text with nesting (800 nested inline tables: seconds), so a file beyond
/// the limits is refused before it gets there. One pass over the bytes, outside strings and comments.
struct ThemeShape {
    /// The deepest nesting a theme may have; the bundled themes use 4.
    static let maximumDepth = 32
    /// The most keys a theme may have; the bundled themes have under 100.
    static let maximumKeys = 10_000

    /// Why `text` is refused, with the line where the limit was passed; nil when it is within the limits.
    static func problem(in text: String) -> (line: Int, problem: String)? {
        var scanner = ThemeShape()
        return scanner.scan(Array(text.utf8))
    }

    /// The kinds of bracket open around the scanner, innermost last.
    private enum Bracket {
        case header, array, inlineTable
    }

    private var open: [Bracket] = []
    private var line = 1
    private var keys = 0
    /// Whether a key is being read (so a dot starts another level of nesting).
    private var isInKey = true
    /// The dots in the key being read.
    private var keyDots = 0
    /// Whether nothing but spaces came before on this line.
    private var isLineStart = true

    private mutating func scan(_ bytes: [UInt8]) -> (line: Int, problem: String)? {
        var i = 0
        while i < bytes.count {
            let byte = bytes[i]
            switch byte {
            case UInt8(ascii: "\n"):
                line += 1
                isLineStart = true
                isInKey = open.isEmpty || open.last == .header
                keyDots = 0
                i += 1
                continue
            case UInt8(ascii: "#"):
                while i < bytes.count, bytes[i] != UInt8(ascii: "\n") { i += 1 }
                continue
            case UInt8(ascii: "\""), UInt8(ascii: "'"):
                i = skipString(bytes, from: i)
                isLineStart = false
                continue
            case UInt8(ascii: "["):
                open.append(isLineStart && open.isEmpty ? .header : .array)
                if open.last == .header {
                    keys += 1
                    isInKey = true
                    keyDots = 0
                    if i + 1 < bytes.count, bytes[i + 1] == UInt8(ascii: "[") { i += 1 }
                }
            case UInt8(ascii: "{"):
                open.append(.inlineTable)
                isInKey = true
                keyDots = 0
            case UInt8(ascii: "]"), UInt8(ascii: "}"):
                if open.last == .header, i + 1 < bytes.count, bytes[i + 1] == UInt8(ascii: "]") { i += 1 }
                if !open.isEmpty { open.removeLast() }
                isInKey = false
            case UInt8(ascii: ","):
                isInKey = open.last == .inlineTable
                keyDots = 0
            case UInt8(ascii: "="):
                keys += 1
                isInKey = false
                keyDots = 0
            case UInt8(ascii: "."):
                if isInKey { keyDots += 1 }
            default:
                break
            }
            if byte != UInt8(ascii: " "), byte != UInt8(ascii: "\t") { isLineStart = false }
            if open.count + keyDots > Self.maximumDepth {
                return (line, "nested more than \(Self.maximumDepth) levels deep")
            }
            if keys > Self.maximumKeys {
                return (line, "more than \(Self.maximumKeys) keys")
            }
            i += 1
        }
        return nil
    }

    /// The index after the string starting at `start` (basic or literal, one-line or multi-line),
    /// counting the lines it spans.
    private mutating func skipString(_ bytes: [UInt8], from start: Int) -> Int {
        let quote = bytes[start]
        let isMultiLine = start + 2 < bytes.count && bytes[start + 1] == quote && bytes[start + 2] == quote
        var i = start + (isMultiLine ? 3 : 1)
        while i < bytes.count {
            let byte = bytes[i]
            if byte == UInt8(ascii: "\\"), quote == UInt8(ascii: "\"") {
                i += 2
                continue
            }
            if byte == UInt8(ascii: "\n") {
                line += 1
                if !isMultiLine { return i }
            }
            if byte == quote {
                if !isMultiLine { return i + 1 }
                if i + 2 < bytes.count, bytes[i + 1] == quote, bytes[i + 2] == quote { return i + 3 }
            }
            i += 1
        }
        return i
    }
}
