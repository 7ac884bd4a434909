/// Rules that move a span's edges onto the whole name: a leading “The” that is part of it, and an
/// organization word after it.
enum NameExtensionRules {
    /// A leading “The” kept only where it belongs to the name: the gazetteer lists the name with it
    /// (“The New York Times”), or it is capitalized in the middle of a mixed-case sentence (“told The
    /// Daily Ledger”, “in The Hague”), where only a name's own “The” is written so.
    static func leadingThe(_ span: TokenSpan, in tokens: SentenceView, gazetteer: Gazetteer) -> TokenSpan {
        guard span.kind != .person, span.kind != .date, span.kind != .group else { return dropThe(span, tokens: tokens) }
        let start = span.range.lowerBound
        if tokens.lower(start) == "the" {
            guard span.range.count > 1 else { return span }
            if !gazetteer.lookup(tokens.text(span.range)).isEmpty { return span }
            return ownsThe(at: start, tokens: tokens) ? span : dropThe(span, tokens: tokens)
        }
        guard start > 0, tokens.text(start - 1) == "The" else { return span }
        let extended = (start - 1)..<span.range.upperBound
        if !gazetteer.lookup(tokens.text(extended)).isEmpty || ownsThe(at: start - 1, tokens: tokens) {
            return TokenSpan(extended, span.kind)
        }
        return span
    }

    private static func dropThe(_ span: TokenSpan, tokens: SentenceView) -> TokenSpan {
        guard tokens.lower(span.range.lowerBound) == "the", span.range.count > 1 else { return span }
        return TokenSpan((span.range.lowerBound + 1)..<span.range.upperBound, span.kind)
    }

    /// A capitalized “The” in the middle of a sentence before capitalized words no span or title covers
    /// starts a name the model missed, an organization (“told The Morning Ledger”, “editor of The
    /// Harbour Review”): mid-sentence, only a name's own “The” is written so (see `ownsThe`).
    static func capitalizedThe(_ spans: [TokenSpan], in tokens: SentenceView, titles: [Range<Int>]) -> [TokenSpan] {
        let covered = Set(spans.flatMap { Array($0.range) } + titles.flatMap { Array($0) })
        var found: [TokenSpan] = []
        for index in 1..<max(1, tokens.count) where tokens.text(index) == "The" && ownsThe(at: index, tokens: tokens) {
            var end = index + 1
            while end < tokens.count, !covered.contains(end), tokens.isCapitalized(end), tokens.kind(end) == .word { end += 1 }
            if end > index + 1 { found.append(TokenSpan(index..<end, .organization)) }
        }
        return spans + found
    }

    /// Whether a capitalized “The” stands after a word or comma in a sentence that is not a headline.
    private static func ownsThe(at index: Int, tokens: SentenceView) -> Bool {
        guard tokens.text(index) == "The", index > 0, !tokens.isAllCaps, !tokens.isTitleCase else { return false }
        return tokens.kind(index - 1) == .word || tokens.text(index - 1) == ","
    }

    /// A span followed by a capitalized organization word that no span covers becomes an organization
    /// including it (“Smith Foundation”, “Acme Group”, a leader's “Administration”).
    static func organizationSuffix(_ spans: [TokenSpan], in tokens: SentenceView, gazetteer: Gazetteer,
                                   titles: [Range<Int>]) -> [TokenSpan] {
        let covered = Set(spans.flatMap { Array($0.range) })
        let titleStarts = Set(titles.map(\.lowerBound))
        return spans.map { span in
            let next = span.range.upperBound
            guard span.kind != .date, next < tokens.count, !covered.contains(next), !titleStarts.contains(next),
                  tokens.isCapitalized(next), gazetteer.lookup(tokens.text(next)).contains(.organizationSuffix)
            else { return span }
            return TokenSpan(span.range.lowerBound..<(next + 1), .organization)
        }
    }
}
