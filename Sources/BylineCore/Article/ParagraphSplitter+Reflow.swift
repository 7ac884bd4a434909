/// Hard-wrapped text: lines broken at a fixed width (as email and `fold` make them) with no blank line
/// between paragraphs.
extension ParagraphSplitter {
    /// The narrowest and widest wrap widths taken for hard wrapping, in scalars.
    static let wrapWidths = 40...120
    /// Fewer lines than this are never taken as hard-wrapped.
    static let minimumWrappedLines = 4

    /// The paragraphs of hard-wrapped `lines`, or nil when they do not look hard-wrapped.
    ///
    /// The wrap width is the longest line's length. A break is forced when the next line's first word
    /// would not have fitted on the line; the text is hard-wrapped when at least 60% of its breaks are
    /// forced and fewer than half of those come after a sentence's end (one sentence a line is not
    /// wrapping). A paragraph then ends at every break that was not forced, or before an indented line.
    static func reflowed(_ lines: [Line], in scalars: [Unicode.Scalar]) -> [TextRange]? {
        guard lines.count >= minimumWrappedLines else { return nil }
        let width = lines.map { $0.end - $0.start }.max() ?? 0
        guard wrapWidths.contains(width) else { return nil }
        let forced = (0..<lines.count - 1).map { index in
            lines[index].end - lines[index].start + 1 + firstWordLength(of: lines[index + 1], in: scalars) > width
        }
        let forcedCount = forced.filter { $0 }.count
        let forcedAfterSentence = forced.indices.filter { forced[$0] && endsSentence(lines[$0], in: scalars) }.count
        guard forcedCount * 10 >= forced.count * 6, forcedAfterSentence * 2 < forcedCount else { return nil }
        var paragraphs: [TextRange] = []
        var start = lines[0].start
        for index in lines.indices {
            let isLast = index == lines.count - 1
            if isLast || !forced[index] || lines[index + 1].indent > lines[index].indent {
                paragraphs.append(TextRange(start: start, end: lines[index].end))
                if !isLast { start = lines[index + 1].start }
            }
        }
        return paragraphs
    }

    private static func firstWordLength(of line: Line, in scalars: [Unicode.Scalar]) -> Int {
        (line.start..<line.end).prefix { ScalarClass(scalars[$0]) != .whitespace }.count
    }

    private static func endsSentence(_ line: Line, in scalars: [Unicode.Scalar]) -> Bool {
        var last = line.end - 1
        while last > line.start, "\"'”’)".unicodeScalars.contains(scalars[last]) { last -= 1 }
        return ".!?".unicodeScalars.contains(scalars[last])
    }
}
