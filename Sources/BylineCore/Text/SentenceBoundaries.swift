/// Decides, token by token within one paragraph, where sentences end; `SentenceSplitter` documents the rules.
struct SentenceBoundaries {
    /// The whole text.
    let scalars: [Unicode.Scalar]
    /// The text's tokens.
    let tokens: [Token]
    /// One past the paragraph's last token.
    let limit: Int

    /// How strongly a token ends a sentence.
    private enum Terminator {
        /// . ! ? … : ends one unless a lower-case word follows.
        case strong
        /// An abbreviation or initial: ends one only before a clear sentence start.
        case weak
        /// 。！？: always ends one.
        case unspaced
    }

    /// The index of the last token of the sentence that starts at token `start` and ends at token `index`,
    /// if one does.
    func sentenceEnd(at index: Int, start: Int) -> Int? {
        guard let terminator = terminator(tokens[index]), !isListMarker(start..<(index + 1)) else { return nil }
        var last = index
        while last + 1 < limit, isAdjacent(last), isTerminal(tokens[last + 1]) { last += 1 }
        while last + 1 < limit, isAdjacent(last), isCloser(tokens[last + 1]) { last += 1 }
        guard last + 1 < limit else { return last }
        switch terminator {
        case .unspaced:
            return last
        case .strong:
            guard !isAdjacent(last), let start = firstWord(after: last), isPlausibleStart(start) else { return nil }
            return last
        case .weak:
            guard !isAdjacent(last), let start = firstWord(after: last), isClearStart(start, afterOpener: start > last + 1)
            else { return nil }
            return last
        }
    }

    private func terminator(_ token: Token) -> Terminator? {
        let first = scalars[token.range.start]
        switch token.kind {
        case .punctuation:
            guard first.isSentenceTerminal else { return nil }
            return first.isUnspacedSentenceTerminal ? .unspaced : .strong
        case .ellipsis:
            return .strong
        case .abbreviation:
            return Abbreviations.isTitle(text(token)) ? nil : .weak
        case .initial:
            return .weak
        default:
            return nil
        }
    }

    /// Whether the tokens are a number or a single letter and a period that start a list item ("1.", "b.").
    private func isListMarker(_ indices: Range<Int>) -> Bool {
        guard indices.count == 2 else { return false }
        let marker = tokens[indices.lowerBound]
        let period = tokens[indices.upperBound - 1]
        let isMarker = marker.kind == .number || (marker.kind == .word && marker.range.length == 1)
        return isMarker && period.kind == .punctuation && scalars[period.range.start] == "." && isAdjacent(indices.lowerBound)
    }

    /// Whether the token after `index` follows it with no whitespace between.
    private func isAdjacent(_ index: Int) -> Bool {
        tokens[index].range.end == tokens[index + 1].range.start
    }

    private func isTerminal(_ token: Token) -> Bool {
        token.kind == .ellipsis || (token.kind == .punctuation && scalars[token.range.start].isSentenceTerminal)
    }

    private func isCloser(_ token: Token) -> Bool {
        token.kind == .quote || (token.kind == .punctuation && scalars[token.range.start].isClosingPunctuation)
    }

    private func isOpener(_ token: Token) -> Bool {
        token.kind == .quote || (token.kind == .punctuation && scalars[token.range.start].isOpeningPunctuation)
    }

    /// The index of the first token after `index` that is not an opening quotation mark or bracket.
    private func firstWord(after index: Int) -> Int? {
        var next = index + 1
        while next < limit, isOpener(tokens[next]) { next += 1 }
        return next < limit ? next : nil
    }

    /// Whether the token can start a sentence after . ! ? or …
    private func isPlausibleStart(_ index: Int) -> Bool {
        let token = tokens[index]
        switch token.kind {
        case .word, .abbreviation, .initial:
            return !scalars[token.range.start].isLowercaseLetter
        case .number, .handle, .hashtag, .url, .email, .symbol, .dash:
            return true
        case .clitic, .quote, .punctuation, .ellipsis:
            return false
        }
    }

    /// Whether the token clearly starts a sentence after an abbreviation or initial.
    private func isClearStart(_ index: Int, afterOpener: Bool) -> Bool {
        let token = tokens[index]
        guard token.kind == .word, scalars[token.range.start].isUppercaseLetter else { return false }
        return afterOpener || SentenceSplitter.sentenceStarters.contains(text(token).lowercased())
    }

    private func text(_ token: Token) -> String {
        var view = String.UnicodeScalarView()
        view.append(contentsOf: scalars[token.range.start..<token.range.end])
        return String(view)
    }
}
