/// One sentence's tokens as the recognition rules read them: texts, kinds and spans, indexed from 0.
struct SentenceTokens: Sendable {
    let article: Article
    let texts: [String]
    let kinds: [TokenKind]
    let ranges: [TextRange]
    /// The lower-cased texts.
    let lowered: [String]
    /// Whether each token starts with a capital letter.
    private let capitalized: [Bool]
    /// Whether every token with letters is in capitals, as in a shouted headline.
    let isAllCaps: Bool
    /// Whether the sentence looks like a title-case headline: three or more words and every word of four
    /// or more letters capitalized.
    let isTitleCase: Bool

    init(article: Article, sentence: Sentence) {
        self.init(article: article, sentence: sentence, texts: article.tokens[sentence.tokens].map { article.string($0.range) })
    }

    /// The sentence's tokens with their texts already made (`texts` holds exactly the sentence's tokens).
    init(article: Article, sentence: Sentence, texts: [String]) {
        let tokens = article.tokens[sentence.tokens]
        self.article = article
        self.texts = texts
        self.lowered = texts.map { $0.lowercased() }
        self.capitalized = texts.map { $0.first?.isUppercase ?? false }
        self.kinds = tokens.map(\.kind)
        self.ranges = tokens.map(\.range)
        let lettered = texts.filter { $0.contains(where: \.isLetter) }
        self.isAllCaps = lettered.count >= 2 && lettered.allSatisfy { $0 == $0.uppercased() }
            && lettered.contains { $0.count > 1 }
        let long = lettered.filter { $0.count >= 4 }
        self.isTitleCase = lettered.count >= 3 && !long.isEmpty && long.allSatisfy { $0.first?.isUppercase ?? false }
    }

    var count: Int { texts.count }

    /// The article text a token range covers, gaps included ("People’s Republic").
    func text(_ range: Range<Int>) -> String {
        guard let first = range.first, let last = range.last else { return "" }
        if first == last { return texts[first] }
        return article.string(TextRange(start: ranges[first].start, end: ranges[last].end))
    }

    /// The article span of a token range.
    func textRange(_ range: Range<Int>) -> TextRange {
        TextRange(start: ranges[range.lowerBound].start, end: ranges[range.upperBound - 1].end)
    }

    /// Whether the token starts with a capital letter.
    func isCapitalized(_ index: Int) -> Bool {
        index >= 0 && index < count && capitalized[index]
    }

    /// Whether the token is a word (or abbreviation or initial) starting with a lower-case letter.
    func isLowercaseWord(_ index: Int) -> Bool {
        guard index >= 0, index < count, let first = texts[index].first else { return false }
        return first.isLowercase && [.word, .abbreviation].contains(kinds[index])
    }

    /// Whether the token opens the sentence, counting leading quote marks, dashes and brackets as before it.
    func isSentenceInitial(_ index: Int) -> Bool {
        (0..<index).allSatisfy { [.quote, .punctuation, .dash].contains(kinds[$0]) }
    }

    /// The lower-cased text of a token, or "" outside the sentence.
    func lower(_ index: Int) -> String {
        index >= 0 && index < count ? lowered[index] : ""
    }

    /// Whether the token is punctuation-like: nothing a name can start or end with.
    func isPunctuation(_ index: Int) -> Bool {
        [.punctuation, .quote, .dash, .ellipsis, .symbol].contains(kinds[index])
    }
}
