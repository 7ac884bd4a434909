/// One token of the text: a span and what kind of thing it is. Its text is read from the article.
public struct Token: Hashable, Sendable {
    /// Where the token is.
    public var range: TextRange
    /// What the token is.
    public var kind: TokenKind

    public init(range: TextRange, kind: TokenKind) {
        self.range = range
        self.kind = kind
    }
}

/// The kinds of token the tokenizer tells apart.
public enum TokenKind: String, Hashable, Sendable, CaseIterable, Codable {
    /// A word, including hyphenated words and names ("al-Sadr") and words with inner apostrophes ("don't").
    case word
    /// A number: "2016", "1,000.50", "54-21", "3.5%"-style digits; "30-year-old" is a word.
    case number
    /// An abbreviation with its periods: "U.S.", "Mr.", "Gen.", "i.e."
    case abbreviation
    /// One initial with its period: "J." in "J. R. R. Tolkien".
    case initial
    /// A clitic split from a word: "’s" in "Russia’s", "n't" in "don't", "’re" in "we’re".
    case clitic
    /// "@handle".
    case handle
    /// "#hashtag".
    case hashtag
    /// An e-mail address.
    case email
    /// A URL ("https://…", "www.…").
    case url
    /// A quotation mark: “ ” ‘ ’ " ' « » „ ‚ ‹ › and the ASCII pairs `` and ''.
    case quote
    /// A dash: – — ― and a free-standing "-" or "--".
    case dash
    /// An ellipsis: "…" or "...".
    case ellipsis
    /// Sentence-ending or other punctuation: . , ; : ! ? ( ) [ ] and the like.
    case punctuation
    /// Anything else: symbols, emoji, stray characters.
    case symbol
}
