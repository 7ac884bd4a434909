import BylineCore

/// An article the generators cut and mutate, parsed once: its scalars and where its tokens, sentences and
/// paragraphs start and end.
struct SourceText: Sendable {
    let scalars: [Unicode.Scalar]
    /// Token boundaries in order: every token's start and end, deduplicated.
    let boundaries: [Int]
    let tokens: [TextRange]
    let sentences: [TextRange]
    let paragraphs: [TextRange]

    init(_ text: String) {
        let article = Article.parse(text)
        scalars = Array(text.unicodeScalars)
        tokens = article.tokens.map(\.range)
        var boundaries: [Int] = []
        for token in tokens {
            if boundaries.last != token.start { boundaries.append(token.start) }
            boundaries.append(token.end)
        }
        self.boundaries = boundaries
        sentences = article.sentences.map(\.range)
        paragraphs = article.paragraphs
    }

    /// A stretch ending at `end` of at most `maxLength` scalars: from the earliest paragraph start that keeps
    /// it short enough, else from the first token start that does.
    func window(endingAt end: Int, maxLength: Int) -> Range<Int> {
        if let paragraph = paragraphs.first(where: { $0.start <= end && end - $0.start <= maxLength }) {
            return paragraph.start..<end
        }
        let start = tokens.first(where: { $0.start >= end - maxLength })?.start ?? end
        return min(start, end)..<end
    }

    /// A stretch starting at `start` of at most `maxLength` scalars: to the latest paragraph end that keeps it
    /// short enough, else to the last token end that does.
    func window(startingAt start: Int, maxLength: Int) -> Range<Int> {
        if let paragraph = paragraphs.last(where: { $0.end >= start && $0.end - start <= maxLength }) {
            return start..<paragraph.end
        }
        let end = tokens.last(where: { $0.end <= start + maxLength })?.end ?? start
        return start..<max(start, end)
    }

    /// Whole paragraphs from a random one on, at most `maxLength` scalars (the first paragraph's start when
    /// even it is longer, up to a token end).
    func paragraphWindow(maxLength: Int, random: inout SplitMix64) -> Range<Int> {
        guard !paragraphs.isEmpty else { return 0..<scalars.count }
        let first = paragraphs[random.below(paragraphs.count)]
        return window(startingAt: first.start, maxLength: maxLength)
    }

    /// The scalars of a range as a string.
    func string(_ range: Range<Int>) -> String {
        var view = String.UnicodeScalarView()
        view.append(contentsOf: scalars[range])
        return String(view)
    }
}
