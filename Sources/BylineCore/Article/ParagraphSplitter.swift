/// Finds the paragraphs of a text.
///
/// Paragraphs are separated by blank lines (lines of only whitespace). A text with no blank line between
/// two non-blank lines has one paragraph per non-blank line instead, as with articles saved one paragraph
/// a line, unless its lines are hard-wrapped (`reflowed(_:in:)`): then a line joins the next unless it
/// ends a paragraph. Lines end at LF, CR, CRLF, VT, FF, NEL, LINE SEPARATOR and PARAGRAPH SEPARATOR. Each paragraph
/// span is trimmed of surrounding whitespace.
public enum ParagraphSplitter {
    /// The trimmed content of one non-blank line.
    struct Line {
        var start: Int
        var end: Int
        /// The whitespace before the content on its line.
        var indent: Int
        /// Whether a blank line separates it from the non-blank line before it.
        var followsBlankLine: Bool
    }

    /// The paragraph spans of `scalars`, in order.
    public static func paragraphs(in scalars: [Unicode.Scalar]) -> [TextRange] {
        let lines = nonBlankLines(in: scalars)
        guard lines.contains(where: \.followsBlankLine) else {
            return reflowed(lines, in: scalars) ?? lines.map { TextRange(start: $0.start, end: $0.end) }
        }
        var paragraphs: [TextRange] = []
        for line in lines {
            if let last = paragraphs.last, !line.followsBlankLine {
                paragraphs[paragraphs.count - 1] = TextRange(start: last.start, end: line.end)
            } else {
                paragraphs.append(TextRange(start: line.start, end: line.end))
            }
        }
        return paragraphs
    }

    private static func nonBlankLines(in scalars: [Unicode.Scalar]) -> [Line] {
        var lines: [Line] = []
        var contentStart: Int?
        var contentEnd = 0
        var lineStart = 0
        var sawBlankLine = false
        var index = 0
        while index <= scalars.count {
            // Printable ASCII, most of any text: content or a space, neither a line break.
            if index < scalars.count, case 0x20..<0x7F = scalars[index].value {
                let run = Self.printableASCIIRun(in: scalars, from: index)
                if let last = run.lastContent {
                    if contentStart == nil { contentStart = run.firstContent }
                    contentEnd = last + 1
                }
                index = run.end
                continue
            }
            let atEnd = index == scalars.count
            let scalar = atEnd ? "\n" : scalars[index]
            if atEnd || isLineBreak(scalar) {
                if let start = contentStart {
                    lines.append(Line(start: start, end: contentEnd, indent: start - lineStart,
                                      followsBlankLine: sawBlankLine && !lines.isEmpty))
                    sawBlankLine = false
                } else {
                    sawBlankLine = true
                }
                contentStart = nil
                if scalar == "\r", index + 1 < scalars.count, scalars[index + 1] == "\n" { index += 1 }
                lineStart = index + 1
            } else if ScalarClass(scalar) != .whitespace {
                if contentStart == nil { contentStart = index }
                contentEnd = index + 1
            }
            index += 1
        }
        return lines
    }

    /// The run of printable ASCII (space included) from `start`: where it ends, and its first and last
    /// scalars other than a space.
    private static func printableASCIIRun(in scalars: [Unicode.Scalar], from start: Int)
        -> (end: Int, firstContent: Int?, lastContent: Int?) {
        scalars.withUnsafeBufferPointer { buffer in
            var index = start
            var first: Int?
            var last: Int?
            while index < buffer.count {
                let value = buffer[index].value
                guard value >= 0x20, value < 0x7F else { break }
                if value != 0x20 {
                    if first == nil { first = index }
                    last = index
                }
                index += 1
            }
            return (index, first, last)
        }
    }

    static func isLineBreak(_ scalar: Unicode.Scalar) -> Bool {
        switch scalar.value {
        case 0x0A...0x0D, 0x85, 0x2028, 0x2029: true
        default: false
        }
    }
}
