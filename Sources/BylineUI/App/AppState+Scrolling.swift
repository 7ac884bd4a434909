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

    /// Takes a new terminal size: re-wraps the article shown if its text width changed (the others when
    /// they are shown), then scrolls to the line holding the remembered place, as far as clamping allows,
    /// and keeps the lists' selections in view.
    mutating func resize(width newWidth: Int, height newHeight: Int) {
        width = Self.clamped(newWidth)
        height = Self.clamped(newHeight)
        rewrapIfNeeded()
        if mode == .help {
            helpTop = min(helpTop, maxHelpTop)
        }
    }

    /// Re-wraps the article shown if the size asks for another width, keeping the place in the text.
    mutating func rewrapIfNeeded() {
        let textWidth = wrapWidth(hasQuotes: article.hasQuotes)
        if textWidth != layout.width {
            layout = ArticleLayout(article: analysis.article, width: textWidth)
        }
        top = min(layout.lineIndex(containing: anchor), maxTop)
        revealSelectionInList()
        revealQuoteSelectionInList()
        revealRelationSelectionInList()
    }
}
