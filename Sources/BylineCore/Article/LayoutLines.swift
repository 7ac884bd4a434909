/// Results, standings and rankings in a plain-text paragraph (“4. Ilona Varga (Hungary) 1:51.20”,
/// “Northfield 3 Eastport 1”): layout, not prose. A paragraph of two or more lines that are all rows
/// (short, with a digit, not ending in sentence punctuation), perhaps under a first line ending in a
/// colon (“Results:”), becomes one list item a row, that line a paragraph of its own: each row is then
/// a sentence of its own and never runs into the next.
enum LayoutLines {
    /// The longest row, in scalars.
    static let maximumRowLength = 80

    /// `blocks` with every paragraph of rows split into its lines.
    static func split(_ blocks: [Block], scalars: [Unicode.Scalar]) -> [Block] {
        var result: [Block] = []
        result.reserveCapacity(blocks.count)
        for block in blocks {
            // A paragraph of one line (most) is no table: found by a look for a line break alone.
            guard block.kind == .paragraph, hasLineBreak(block.range, scalars) else {
                result.append(block)
                continue
            }
            var lines = lines(of: block.range, in: scalars)
            var heading: [Block] = []
            if let first = lines.first, lines.count >= 2, scalars[first.end - 1] == ":" {
                heading = [Block(range: first, kind: .paragraph, source: block.source)]
                lines.removeFirst()
            }
            guard lines.count >= 2, lines.allSatisfy({ isRow($0, scalars) }) else {
                result.append(block)
                continue
            }
            result += heading + lines.map { Block(range: $0, kind: .listItem, level: 1, source: block.source) }
        }
        return result
    }

    /// Whether `range` holds a line break.
    private static func hasLineBreak(_ range: TextRange, _ scalars: [Unicode.Scalar]) -> Bool {
        scalars.withUnsafeBufferPointer { buffer in
            var index = max(0, range.start)
            let end = min(range.end, buffer.count)
            while index < end {
                let value = buffer[index].value
                if value >= 0x0A, value <= 0x0D || value == 0x85 || value == 0x2028 || value == 0x2029 { return true }
                index += 1
            }
            return false
        }
    }

    /// A row: short, with a digit, its last scalar no sentence punctuation.
    static func isRow(_ line: TextRange, _ scalars: [Unicode.Scalar]) -> Bool {
        guard line.length <= maximumRowLength, !".!?:;,".unicodeScalars.contains(scalars[line.end - 1]) else { return false }
        return scalars[line.start..<line.end].contains { $0.properties.numericType != nil }
    }

    /// The non-blank lines of a range, each trimmed of whitespace.
    static func lines(of range: TextRange, in scalars: [Unicode.Scalar]) -> [TextRange] {
        var result: [TextRange] = []
        var start: Int?
        var end = range.start
        for index in range.start...range.end {
            let scalar = index < range.end ? scalars[index] : "\n"
            if ParagraphSplitter.isLineBreak(scalar) {
                if let first = start { result.append(TextRange(start: first, end: end)) }
                start = nil
            } else if ScalarClass(scalar) != .whitespace {
                if start == nil { start = index }
                end = index + 1
            }
        }
        return result
    }
}
