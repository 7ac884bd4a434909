/// Finds the line on which each key of a TOML document is written.
///
/// TOMLKit does not report where keys are, so this scans the text: table headers, `key = value`
/// lines with dotted and quoted keys, and one-line inline tables. It is for error messages only, so
/// it does its best and never fails; multi-line strings are skipped.
struct TOMLKeyLocator {
    private var lines: [[String]: Int] = [:]

    init(text: String) {
        var table: [String] = []
        var closingDelimiter: String?
        // Split on the scalar "\n": as Characters, "\r\n" is one grapheme that is not "\n".
        let textLines = text.unicodeScalars.split(separator: "\n", omittingEmptySubsequences: false).map(Substring.init)
        for (offset, line) in textLines.enumerated() {
            if let delimiter = closingDelimiter {
                if line.contains(delimiter) { closingDelimiter = nil }
                continue
            }
            var cursor = LineCursor(line)
            closingDelimiter = scan(&cursor, lineNumber: offset + 1, table: &table)
        }
    }

    /// The line of `keyPath`, or of its nearest ancestor written in the text; nil if none is.
    func line(of keyPath: [String]) -> Int? {
        var path = keyPath[...]
        while !path.isEmpty {
            if let line = lines[Array(path)] { return line }
            path = path.dropLast()
        }
        return nil
    }

    /// Records the keys on one line; returns the delimiter of a multi-line string left open.
    private mutating func scan(_ cursor: inout LineCursor, lineNumber: Int, table: inout [String]) -> String? {
        cursor.skipSpaces()
        guard let first = cursor.peek, first != "#" else { return nil }
        if first == "[" {
            cursor.advance()
            if cursor.peek == "[" { cursor.advance() }
            guard let path = cursor.keyPath() else { return nil }
            table = path
            record(path, line: lineNumber)
            return nil
        }
        guard let key = cursor.keyPath(), cursor.consume("=") else { return nil }
        let path = table + key
        record(path, line: lineNumber)
        cursor.skipSpaces()
        if cursor.consume("{") {
            scanInlineTable(&cursor, prefix: path, lineNumber: lineNumber)
            return nil
        }
        guard let delimiter = ["\"\"\"", "'''"].first(where: { cursor.rest.hasPrefix($0) }) else { return nil }
        _ = cursor.consume(delimiter)
        return cursor.rest.contains(delimiter) ? nil : delimiter
    }

    private mutating func scanInlineTable(_ cursor: inout LineCursor, prefix: [String], lineNumber: Int) {
        while true {
            cursor.skipSpaces()
            if cursor.peek == nil || cursor.consume("}") { return }
            guard let key = cursor.keyPath(), cursor.consume("=") else { return }
            let path = prefix + key
            record(path, line: lineNumber)
            cursor.skipSpaces()
            if cursor.consume("{") {
                scanInlineTable(&cursor, prefix: path, lineNumber: lineNumber)
            } else {
                cursor.skipValue()
            }
            cursor.skipSpaces()
            _ = cursor.consume(",")
        }
    }

    /// Records `path` and, as dotted keys and headers create them, each of its ancestors.
    private mutating func record(_ path: [String], line: Int) {
        for end in path.indices {
            let prefix = Array(path[...end])
            if lines[prefix] == nil { lines[prefix] = line }
        }
    }
}
