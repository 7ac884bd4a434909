import BylineCore

/// An article as cue learning reads it: its words (Byline's word and clitic tokens, lowercased, with
/// curly apostrophes made straight) and its cue spans.
struct CueDocument {
    /// The words, in order.
    let words: [String]
    /// The words written in lowercase in the text (not names or sentence starts).
    let lowercaseWords: Set<String>
    /// Each word's span in the text.
    let ranges: [TextRange]
    let cueSpans: [TextRange]

    init(_ article: PolNeARArticle) {
        let parsed = Article.parse(article.text)
        var words: [String] = []
        var ranges: [TextRange] = []
        var lowercaseWords = Set<String>()
        for token in parsed.tokens where token.kind == .word || token.kind == .clitic {
            let written = parsed.string(token.range)
            let word = Self.normalized(written)
            if !written.unicodeScalars.contains(where: \.properties.isUppercase) { lowercaseWords.insert(word) }
            words.append(word)
            ranges.append(token.range)
        }
        self.words = words
        self.lowercaseWords = lowercaseWords
        self.ranges = ranges
        cueSpans = article.attributions.compactMap(\.cue)
    }

    /// The indices of the words lying wholly inside `span`.
    func wordRange(inside span: TextRange) -> Range<Int> {
        let first = lowerBound(span.start)
        var end = first
        while end < ranges.count, ranges[end].end <= span.end { end += 1 }
        return first..<end
    }

    /// The first word starting at or after `offset` (binary search: words are in order).
    private func lowerBound(_ offset: Int) -> Int {
        var low = 0
        var high = ranges.count
        while low < high {
            let middle = (low + high) / 2
            if ranges[middle].start < offset { low = middle + 1 } else { high = middle }
        }
        return low
    }

    static func normalized(_ word: String) -> String {
        String(word.lowercased().map { $0 == "\u{2019}" ? "'" : $0 })
    }
}
