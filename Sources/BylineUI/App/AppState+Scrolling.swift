extension AppState {
    /// Scrolls so that line `line` is at the top, clamped to `0...maxTop`, and remembers its place in the
    /// text.
    mutating func scroll(to line: Int) {
        layOutPage(from: line)
        top = min(max(0, line), maxTop)
        article.anchor = layout.lines.isEmpty ? 0 : layout.lines[top].start
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
            layout = ArticleLayout(article: analysis.article, width: textWidth, lineCount: 0)
        }
        top = min(lineIndex(containing: article.anchor), maxTop)
        revealSelectionInList()
        revealQuoteSelectionInList()
        revealRelationSelectionInList()
    }

    /// Lays out the article shown as far as a page from line `line` (the top line by default) and the
    /// line after it need, so the page, its end and `maxTop` can be read from the lines laid out.
    mutating func layOutPage(from line: Int? = nil) {
        let first = min(max(0, line ?? top), Int.max / 4)
        let text = analysis.article
        article.layout.extend(toLineCount: first + min(pageHeight, Int.max / 4) + 1, in: text)
    }

    /// The index of the article's line that holds scalar `offset`, laying out the article that far
    /// (and a page beyond) first.
    mutating func lineIndex(containing offset: Int) -> Int {
        let text = analysis.article
        article.layout.extend(through: offset, extraLines: pageHeight + 1, in: text)
        return layout.lineIndex(containing: offset)
    }

    /// Lays out the rest of the article shown, for what needs all its lines (the last page, a percent).
    mutating func completeLayout() {
        let text = analysis.article
        article.layout.complete(in: text)
    }

    /// Lays out one more step of the article shown, while the reader waits for keys.
    mutating func continueLayout() {
        let text = analysis.article
        article.layout.step(in: text)
    }

    /// Whether the article shown has lines left to lay out.
    public var isLayingOut: Bool { !layout.isComplete }

    /// The index `step` places on from `current` among `count` places in text order (`start` gives each
    /// one's offset), wrapping around. With no current place, the count starts at the top of the page:
    /// `step` 1 is the first place at or below the page's first line, -1 the last above it.
    func steppedIndex(from current: Int?, by step: Int, count: Int, start: (Int) -> Int) -> Int {
        guard count > 0 else { return 0 }
        if let current { return ((current + step) % count + count) % count }
        let pageStart = layout.lines.isEmpty ? 0 : layout.lines[top].start
        let below = Self.firstIndex(count: count) { start($0) >= pageStart }
        let index = step > 0 ? below + step - 1 : below + step
        return (index % count + count) % count
    }

    /// The first of `0..<count` for which `isAtOrAfter` holds (`count` if none), by binary search:
    /// `isAtOrAfter` must be false up to some index and true from there on.
    static func firstIndex(count: Int, where isAtOrAfter: (Int) -> Bool) -> Int {
        var low = 0
        var high = count
        while low < high {
            let mid = (low + high) / 2
            if isAtOrAfter(mid) {
                high = mid
            } else {
                low = mid + 1
            }
        }
        return low
    }
}
