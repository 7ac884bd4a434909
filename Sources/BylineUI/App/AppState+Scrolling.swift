extension AppState {
    /// Scrolls so that line `line` is at the top, clamped to `0...maxTop`, and remembers its place in the
    /// text.
    mutating func scroll(to line: Int) {
        top = min(max(0, line), maxTop)
        anchor = layout.lines.isEmpty ? 0 : layout.lines[top].start
    }

    /// Scrolls by `delta` lines (down if positive).
    mutating func scroll(by delta: Int) {
        scroll(to: top + delta)
    }

    /// Takes a new terminal size: re-wraps if the text width changed, then scrolls to the line holding
    /// the remembered place, as far as clamping allows, and keeps the selected entity in the list's view.
    mutating func resize(width newWidth: Int, height newHeight: Int) {
        width = Self.clamped(newWidth)
        height = Self.clamped(newHeight)
        let textWidth = Self.textWidth(width: width, height: height, hasQuotes: !quoteList.quotes.isEmpty)
        if textWidth != layout.width {
            layout = ArticleLayout(article: analysis.article, width: textWidth)
        }
        top = min(layout.lineIndex(containing: anchor), maxTop)
        revealSelectionInList()
        revealQuoteSelectionInList()
    }
}
