extension ArticleText {
    /// The text with a block of `kind` holding `content` (whitespace collapsed) inserted before block
    /// `index` (at the end for `blocks.count`), every later span moved: for a headline or byline that an
    /// HTML page gives only in its metadata.
    func inserting(_ content: String, kind: Block.Kind, at index: Int, source: Range<Int>? = nil) -> ArticleText {
        let line = content.split(whereSeparator: \.isWhitespace).joined(separator: " ")
        guard !line.isEmpty else { return self }
        let scalars = text.unicodeScalars
        let offset = index < blocks.count ? blocks[index].range.start : scalars.count
        let position = scalars.index(scalars.startIndex, offsetBy: offset)
        let before = String(scalars[..<position])
        let after = String(scalars[position...])
        let lineLength = line.unicodeScalars.count
        let inserted: String
        let start: Int
        if index < blocks.count {
            inserted = line + "\n\n"
            start = offset
        } else {
            inserted = (text.isEmpty ? "" : "\n\n") + line
            start = offset + (text.isEmpty ? 0 : 2)
        }
        let shift = inserted.unicodeScalars.count
        func moved(_ range: TextRange) -> TextRange {
            range.start >= offset ? TextRange(start: range.start + shift, end: range.end + shift) : range
        }
        var result = self
        result.text = before + inserted + after
        result.blocks = blocks.map { Block(range: moved($0.range), kind: $0.kind, level: $0.level, source: $0.source) }
        result.blocks.insert(Block(range: TextRange(start: start, end: start + lineLength), kind: kind, source: source),
                             at: index)
        result.inlines = inlines.map { InlineStyle(range: moved($0.range), kind: $0.kind) }
        return result
    }
}
