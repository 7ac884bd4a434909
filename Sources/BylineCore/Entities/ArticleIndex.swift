/// Fast lookups over an article's tokens for the linking stages: which token starts or ends at an
/// offset, which sentence holds a token, and each token's text.
struct ArticleIndex {
    let article: Article
    /// The text of every token, as written.
    let words: [String]
    /// The lowercased text of every token.
    let lowers: [String]
    /// Whether each token's text starts with an uppercase letter.
    private let capitalized: [Bool]
    /// The sentence index of every token (tokens outside any sentence get the nearest previous one).
    let sentenceOfToken: [Int]

    init(_ article: Article) {
        self.article = article
        words = article.tokenTexts()
        lowers = words.map { $0.lowercased() }
        capitalized = words.map { $0.unicodeScalars.first?.properties.isUppercase ?? false }
        var sentenceOfToken = Array(repeating: 0, count: article.tokens.count)
        for (index, sentence) in article.sentences.enumerated() {
            for token in sentence.tokens where token < sentenceOfToken.count {
                sentenceOfToken[token] = index
            }
        }
        self.sentenceOfToken = sentenceOfToken
    }

    /// The number of tokens.
    var count: Int { words.count }

    /// The lowercased text of a token, "" outside the article.
    func lower(_ token: Int) -> String {
        guard token >= 0, token < words.count else { return "" }
        return lowers[token]
    }

    /// The text of a token, "" outside the article.
    func word(_ token: Int) -> String {
        guard token >= 0, token < words.count else { return "" }
        return words[token]
    }

    /// The index of the first token that starts at or after `offset`.
    func firstToken(atOrAfter offset: Int) -> Int {
        var low = 0
        var high = article.tokens.count
        while low < high {
            let middle = (low + high) / 2
            if article.tokens[middle].range.start < offset { low = middle + 1 } else { high = middle }
        }
        return low
    }

    /// The token indices a span covers.
    func tokens(in range: TextRange) -> Range<Int> {
        let first = firstToken(atOrAfter: range.start)
        var last = first
        while last < article.tokens.count, article.tokens[last].range.end <= range.end { last += 1 }
        return first..<last
    }

    /// The sentence holding the token that starts at or after `offset`.
    func sentence(at offset: Int) -> Int {
        let token = firstToken(atOrAfter: offset)
        guard !sentenceOfToken.isEmpty else { return 0 }
        return sentenceOfToken[min(token, sentenceOfToken.count - 1)]
    }

    /// Whether a token's text starts with an uppercase letter.
    func isCapitalized(_ token: Int) -> Bool {
        token >= 0 && token < capitalized.count && capitalized[token]
    }

    /// The span from the start of one token to the end of another.
    func span(_ first: Int, _ last: Int) -> TextRange {
        TextRange(start: article.tokens[first].range.start, end: article.tokens[last].range.end)
    }
}
