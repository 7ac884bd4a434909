/// Reading tokens by their index in the article. Every accessor is bounds-safe: an index outside the
/// document reads as no token (empty text, no kind, not capitalized), so rules may look ahead and behind
/// freely.
extension Document {
    /// Whether the index is a token of the document.
    @inline(__always)
    public func isToken(_ index: Int) -> Bool { index >= 0 && index < orth.count }

    /// The token's text as written; "" outside the document.
    public func text(_ index: Int) -> String {
        isToken(index) ? strings[orth[index]] : ""
    }

    /// The token's text lower-cased; "" outside the document.
    public func lower(_ index: Int) -> String {
        isToken(index) ? strings[lexemes[Int(orth[index].raw)].lower] : ""
    }

    /// The token's text lower-cased with typographic apostrophes made ASCII; "" outside the document.
    public func norm(_ index: Int) -> String {
        isToken(index) ? strings[lexemes[Int(orth[index].raw)].norm] : ""
    }

    /// The token's kind; nil outside the document.
    public func kind(_ index: Int) -> TokenKind? {
        isToken(index) ? article.tokens[index].kind : nil
    }

    /// The token's span; nil outside the document.
    public func range(_ index: Int) -> TextRange? {
        isToken(index) ? article.tokens[index].range : nil
    }

    /// The letter-case facts of the token's text; none outside the document.
    func flags(_ index: Int) -> LexemeFlags {
        isToken(index) ? lexemes[Int(orth[index].raw)].flags : []
    }

    /// Whether the token starts with an upper-case letter.
    public func isCapitalized(_ index: Int) -> Bool { flags(index).contains(.capitalized) }

    /// Whether the token is a word, abbreviation or initial starting with a lower-case letter.
    public func isLowercaseWord(_ index: Int) -> Bool {
        guard let kind = kind(index), kind == .word || kind == .abbreviation else { return false }
        return flags(index).contains(.startsLowercase)
    }

    /// Whether the token is written wholly in lower case (a word that can be a verb, not a name).
    public func isLowercase(_ index: Int) -> Bool {
        isToken(index) && !flags(index).contains(.hasUppercase)
    }

    /// Whether the token is punctuation-like: punctuation, a quotation mark, a dash, an ellipsis or a
    /// symbol, nothing a name can start or end with. False outside the document.
    public func isPunctuation(_ index: Int) -> Bool {
        guard let kind = kind(index) else { return false }
        return Document.punctuationKinds.contains(kind)
    }

    /// Token kinds that are punctuation-like.
    static let punctuationKinds: Set<TokenKind> = [.punctuation, .quote, .dash, .ellipsis, .symbol]

    /// Whether the token ends a clause: . ! ? ; and their full-width forms.
    public func isTerminal(_ index: Int) -> Bool {
        guard kind(index) == .punctuation else { return false }
        return ["." as String, "!", "?", ";", "。", "！", "？"].contains(text(index))
    }

    /// The sentence holding the token; nil outside the document.
    public func sentence(of index: Int) -> Int? {
        isToken(index) ? Int(sentenceOf[index]) : nil
    }

    /// The paragraph holding the token; nil outside the document.
    public func paragraph(of index: Int) -> Int? {
        isToken(index) ? Int(paragraphOf[index]) : nil
    }

    /// The index of the first token that starts at or after `offset` (`count` when none does).
    public func firstToken(atOrAfter offset: Int) -> Int {
        var low = 0
        var high = article.tokens.count
        while low < high {
            let middle = (low + high) / 2
            if article.tokens[middle].range.start < offset { low = middle + 1 } else { high = middle }
        }
        return low
    }

    /// The tokens lying wholly inside a span.
    public func tokens(in range: TextRange) -> Range<Int> {
        let first = firstToken(atOrAfter: range.start)
        var last = first
        while last < article.tokens.count, article.tokens[last].range.end <= range.end { last += 1 }
        return first..<last
    }

    /// The span from the start of token `first` to the end of token `last`; nil unless both are tokens and
    /// `first <= last`.
    public func span(_ first: Int, _ last: Int) -> TextRange? {
        guard isToken(first), isToken(last), first <= last else { return nil }
        return TextRange(start: article.tokens[first].range.start, end: article.tokens[last].range.end)
    }

    /// The text of a token range, the gaps between its tokens included ("People’s Republic"); "" when
    /// empty or outside the document.
    public func text(_ tokens: Range<Int>) -> String {
        guard let first = tokens.first, let last = tokens.last else { return "" }
        if first == last { return text(first) }
        guard let span = span(first, last) else { return "" }
        return article.string(span)
    }
}

extension Document {
    /// The sentence holding a token; for an index outside the document, the nearest sentence (0 when there
    /// is none), so that sentence arithmetic on it stays in range.
    func sentenceIndex(of token: Int) -> Int {
        guard !sentenceOf.isEmpty else { return 0 }
        return Int(sentenceOf[min(max(token, 0), sentenceOf.count - 1)])
    }

    /// The sentence holding the first token that starts at or after `offset` (the last sentence past the
    /// end of the text).
    func sentenceIndex(at offset: Int) -> Int {
        sentenceIndex(of: firstToken(atOrAfter: offset))
    }
}
