/// The tokenizer's working state while it scans spans of one text; `Tokenizer` documents the rules.
struct TokenScanner {
    /// The whole text.
    let scalars: [Unicode.Scalar]
    /// The tokens found so far, in text order.
    private(set) var tokens: [Token] = []
    /// Start of the span being scanned.
    private(set) var begin = 0
    /// End of the span being scanned.
    private(set) var end = 0
    /// Whether a single quotation (‘ or an opening ') is open in the span: then a ’ after an "s" closes it
    /// rather than marking a plural possessive.
    var singleQuoteOpen = false
    /// Offset of the next "@" at or after the scan position (or `end` when there is none), so that e-mail
    /// detection looks ahead only where an address can be.
    var nextAtSign = 0

    /// Creates a scanner over a text; `capacity` reserves room for that many tokens.
    init(scalars: [Unicode.Scalar], capacity: Int = 0) {
        self.scalars = scalars
        tokens.reserveCapacity(capacity)
    }

    /// The tokens in an array of their own size. Growing by doubling can leave nearly half of the array's
    /// room unused, and an article keeps its tokens as long as it lives.
    var fittedTokens: [Token] {
        guard tokens.capacity > tokens.count + tokens.count / 16 else { return tokens }
        return [Token](unsafeUninitializedCapacity: tokens.count) { buffer, count in
            count = buffer.initialize(fromContentsOf: tokens)
        }
    }

    /// Appends the tokens of `range` (clipped to the text) to `tokens`.
    mutating func scan(_ range: TextRange) {
        begin = min(max(range.start, 0), scalars.count)
        end = min(max(range.end, begin), scalars.count)
        singleQuoteOpen = false
        nextAtSign = begin - 1
        var index = begin
        while index < end {
            if ScalarClass(scalars[index]) == .whitespace {
                index += 1
            } else {
                index = scanToken(at: index)
            }
        }
    }

    /// Scans the token (or the word and clitic) starting at `start`, a non-whitespace scalar; returns the
    /// offset after it.
    private mutating func scanToken(at start: Int) -> Int {
        let scalar = scalars[start]
        let kind = ScalarClass(scalar)
        if scalar.value < 0x80, kind != .other {
            if let urlEnd = urlEnd(at: start) { return emit(.url, start, urlEnd) }
            if let emailEnd = emailEnd(at: start) { return emit(.email, start, emailEnd) }
        }
        switch kind {
        case .letter, .digit:
            return scanWord(at: start)
        case .extender, .whitespace:
            return emit(.symbol, start, extend(start + 1))
        case .other:
            return scanPunctuation(at: start)
        }
    }

    // MARK: Helpers shared by the scanning extensions

    /// Records a token and returns its end. The token runs on to the end of the character (grapheme
    /// cluster) it stops in, so no token ends inside a character ("Dr." before a combining accent, half
    /// a flag); a token that the one before it swallowed that way is not recorded.
    @discardableResult
    mutating func emit(_ kind: TokenKind, _ start: Int, _ end: Int) -> Int {
        let start = max(start, tokens.last?.range.end ?? start)
        let end = characterEnd(from: start, end)
        guard end > start else { return start }
        tokens.append(Token(range: TextRange(start: start, end: end), kind: kind))
        return end
    }

    /// The class of the scalar at `index`, or nil outside the span.
    @inline(__always)
    func scalarClass(_ index: Int) -> ScalarClass? {
        guard index >= begin, index < end else { return nil }
        return ScalarClass(scalars[index])
    }

    /// The scalar at `index`, or nil outside the span.
    @inline(__always)
    func scalar(_ index: Int) -> Unicode.Scalar? {
        guard index >= begin, index < end else { return nil }
        return scalars[index]
    }

    /// Whether the scalar at `index` is part of a word (a letter, digit or extender).
    @inline(__always)
    func isWordPart(_ index: Int) -> Bool { scalarClass(index)?.isWordPart ?? false }

    /// Whether the scalar at `index` is a letter.
    @inline(__always)
    func isLetter(_ index: Int) -> Bool { scalarClass(index) == .letter }

    /// Whether the scalar at `index` is a digit.
    @inline(__always)
    func isDigit(_ index: Int) -> Bool { scalarClass(index) == .digit }

    /// Whether `index` is outside the span or at whitespace.
    @inline(__always)
    func isSpaceOrEdge(_ index: Int) -> Bool { (scalarClass(index) ?? .whitespace) == .whitespace }

    /// The offset after the extenders (combining marks, variation selectors, emoji modifiers, format
    /// characters, and the scalar after a zero-width joiner) that follow `index`.
    func extend(_ index: Int) -> Int {
        var index = index
        while index < end {
            let scalar = scalars[index]
            guard scalar.value >= 0x300 || scalar.value == 0xAD, ScalarClass(scalar) == .extender else { break }
            index += 1
            if scalar.value == 0x200D, index < end, scalars[index].value >= 0x80,
               ScalarClass(scalars[index]) != .whitespace {
                index += 1
            }
        }
        return index
    }
}
