/// One sentence of a document as rules read it: its tokens indexed from 0, without copying anything.
///
/// Every accessor is bounds-safe within the sentence: an index before its first token or after its last
/// reads as no token, so a rule never reads into the next sentence by accident and never traps.
struct SentenceView: Sendable {
    let document: Document
    /// The sentence's position in the article.
    let sentence: Int
    /// The sentence's tokens, as article token indices.
    let tokens: Range<Int>
    /// Whether every token with letters is in capitals, as in a shouted headline.
    let isAllCaps: Bool
    /// Whether the sentence looks like a title-case headline: three or more words and every word of four
    /// or more letters capitalized.
    let isTitleCase: Bool

    init(_ document: Document, sentence: Int) {
        self.document = document
        self.sentence = sentence
        let tokens = document.article.sentences[sentence].tokens
        self.tokens = tokens
        var lettered = 0
        var longWords = 0
        var allCaps = true
        var someLong = false
        var longCapitalized = true
        for token in tokens {
            let flags = document.flags(token)
            guard flags.contains(.hasLetter) else { continue }
            lettered += 1
            let length = document.article.tokens[token].range.length
            if flags.contains(.hasLowercase) { allCaps = false }
            if length > 1 { someLong = true }
            if length >= 4 {
                longWords += 1
                if !flags.contains(.capitalized) { longCapitalized = false }
            }
        }
        isAllCaps = lettered >= 2 && allCaps && someLong
        isTitleCase = lettered >= 3 && longWords > 0 && longCapitalized
    }

    /// The number of tokens.
    var count: Int { tokens.count }

    /// The sentence's span in the text.
    var range: TextRange { document.article.sentences[sentence].range }

    /// The article token index of a sentence index, or nil outside the sentence.
    @inline(__always)
    func token(_ index: Int) -> Int? {
        index >= 0 && index < tokens.count ? tokens.lowerBound + index : nil
    }

    /// The sentence index of an article token index (which may fall outside the sentence).
    @inline(__always)
    func local(_ token: Int) -> Int { token - tokens.lowerBound }

    /// The token's text; "" outside the sentence.
    func text(_ index: Int) -> String { token(index).map(document.text) ?? "" }

    /// The token's text lower-cased; "" outside the sentence.
    func lower(_ index: Int) -> String { token(index).map(document.lower) ?? "" }

    /// The token's lower-cased text with ASCII apostrophes; "" outside the sentence.
    func norm(_ index: Int) -> String { token(index).map(document.norm) ?? "" }

    /// The token's kind; nil outside the sentence.
    func kind(_ index: Int) -> TokenKind? { token(index).flatMap(document.kind) }

    /// Whether the token's kind is `kind`; false outside the sentence.
    func `is`(_ index: Int, _ kind: TokenKind) -> Bool { self.kind(index) == kind }

    /// The token's span; nil outside the sentence.
    func range(_ index: Int) -> TextRange? { token(index).flatMap(document.range) }

    /// The letter-case facts of the token; none outside the sentence.
    func flags(_ index: Int) -> LexemeFlags { token(index).map(document.flags) ?? [] }

    /// Whether the token starts with a capital letter.
    func isCapitalized(_ index: Int) -> Bool { flags(index).contains(.capitalized) }

    /// Whether the token is a word or abbreviation starting with a lower-case letter.
    func isLowercaseWord(_ index: Int) -> Bool { token(index).map(document.isLowercaseWord) ?? false }

    /// Whether the token is punctuation-like (`Document.isPunctuation`); false outside the sentence.
    func isPunctuation(_ index: Int) -> Bool { token(index).map(document.isPunctuation) ?? false }

    /// Whether a phrase stops at the token: punctuation-like, or outside the sentence.
    func isBoundary(_ index: Int) -> Bool { token(index).map(document.isPunctuation) ?? true }

    /// Whether the token opens the sentence, counting leading quote marks, dashes and brackets as before it.
    func isSentenceInitial(_ index: Int) -> Bool {
        (0..<max(0, min(index, count))).allSatisfy { [.quote, .punctuation, .dash].contains(kind($0)) }
    }

    /// The article text a range of sentence indices covers, gaps included ("People’s Republic"); "" when
    /// empty or outside the sentence.
    func text(_ range: Range<Int>) -> String {
        guard range.lowerBound >= 0, range.upperBound <= count else { return "" }
        return document.text((tokens.lowerBound + range.lowerBound)..<(tokens.lowerBound + range.upperBound))
    }

    /// The article span of a non-empty range of sentence indices inside the sentence.
    func textRange(_ range: Range<Int>) -> TextRange? {
        guard let first = token(range.lowerBound), let last = token(range.upperBound - 1) else { return nil }
        return document.span(first, last)
    }

    /// The entity mention covering the token; nil for none or outside the sentence.
    func mention(at index: Int) -> MentionLayer.Ref? { token(index).flatMap(document.mention) }

    /// The token's universal part of speech; nil outside the sentence or before the syntax layer.
    func upos(_ index: Int) -> UPOS? { token(index).flatMap(document.upos) }

    /// The token's head in the dependency tree as a sentence index; nil for the root, outside the sentence
    /// or before the syntax layer.
    func head(_ index: Int) -> Int? { token(index).flatMap(document.head).map(local) }

    /// The token's dependency relation with its subtype ("nsubj:pass"); "" outside the sentence.
    func deprel(_ index: Int) -> String { token(index).map(document.deprel) ?? "" }

    /// The token's dependents as sentence indices, in text order; none outside the sentence.
    func dependents(of index: Int) -> [Int] { token(index).map { document.dependents(of: $0).map(local) } ?? [] }
}
