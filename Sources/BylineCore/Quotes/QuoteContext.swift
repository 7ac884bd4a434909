/// What quote attribution reads about an article: its direct quotations, which tokens lie inside them,
/// each token's paragraph, and which entity mention covers each token.
struct QuoteContext {
    /// One entity mention, with the entity's position in `entities`.
    struct MentionRef: Hashable {
        var range: TextRange
        var entity: Int
        var form: MentionForm
    }

    let article: Article
    let index: ArticleIndex
    let entities: [Entity]
    let gazetteer: Gazetteer
    let spans: [QuoteFinder.Span]
    /// The direct quotation (position in `spans`) holding each token, marks included.
    let quoteOfToken: [Int?]
    /// The first token of each token's paragraph.
    let paragraphStartOfToken: [Int]
    /// One past the last token of each token's paragraph.
    let paragraphEndOfToken: [Int]
    /// The entity mention covering each token; a name wins over other forms.
    let mentionOfToken: [MentionRef?]

    init(article: Article, entities: [Entity], gazetteer: Gazetteer) {
        self.article = article
        self.entities = entities
        self.gazetteer = gazetteer
        let index = ArticleIndex(article)
        self.index = index
        let spans = QuoteFinder.spans(in: article)
        self.spans = spans
        var quoteOfToken = [Int?](repeating: nil, count: article.tokens.count)
        for (position, span) in spans.enumerated() {
            for token in span.opening...span.closing { quoteOfToken[token] = position }
        }
        self.quoteOfToken = quoteOfToken
        var starts = [Int](repeating: 0, count: article.tokens.count)
        var ends = [Int](repeating: article.tokens.count, count: article.tokens.count)
        for paragraph in article.paragraphs {
            let tokens = index.tokens(in: paragraph)
            for token in tokens {
                starts[token] = tokens.lowerBound
                ends[token] = tokens.upperBound
            }
        }
        paragraphStartOfToken = starts
        paragraphEndOfToken = ends
        var mentions = [MentionRef?](repeating: nil, count: article.tokens.count)
        for (position, entity) in entities.enumerated() {
            for mention in entity.mentions {
                let ref = MentionRef(range: mention.range, entity: position, form: mention.form)
                for token in index.tokens(in: mention.range) where mentions[token].map({ $0.form != .name || mention.form == .name }) ?? true {
                    mentions[token] = ref
                }
            }
        }
        mentionOfToken = mentions
    }

    /// The number of tokens.
    var count: Int { article.tokens.count }

    /// The text of a token, "" outside the article.
    func word(_ token: Int) -> String { index.word(token) }

    /// The lowercased text of a token.
    func lower(_ token: Int) -> String { index.lower(token) }

    /// Whether a token is written in lower case (so can be a verb rather than a name).
    func isLowercase(_ token: Int) -> Bool {
        let text = word(token)
        return !text.isEmpty && text == text.lowercased()
    }

    /// Whether a token ends a clause: . ! ? ;
    func isTerminal(_ token: Int) -> Bool {
        guard token >= 0, token < count, article.tokens[token].kind == .punctuation else { return false }
        return [".", "!", "?", ";", "。", "！", "？"].contains(word(token))
    }

    /// Whether a token is a comma or a dash.
    func isCommaOrDash(_ token: Int) -> Bool {
        guard token >= 0, token < count else { return false }
        return word(token) == "," || article.tokens[token].kind == .dash
    }

    /// Whether a quotation ends its sentence: its last inner token is . ! ? and what follows it starts a
    /// new sentence (a capital, another quotation or the paragraph's end).
    func endsSentence(_ span: QuoteFinder.Span) -> Bool {
        let last = span.closing - 1
        guard last > span.opening, [".", "!", "?", "…"].contains(word(last)) || isTerminal(last) else { return false }
        let next = span.closing + 1
        guard next < paragraphEndOfToken[span.closing] else { return true }
        return quoteOfToken[next] != nil || index.isCapitalized(next)
    }

    /// The narrative tokens (outside quotations) of the sentence before a quotation, in text order,
    /// stepping over earlier quotations that do not end a sentence. A quotation opening a paragraph
    /// after one ending in a colon ("… said:") reads that paragraph's last sentence.
    func windowBefore(_ span: QuoteFinder.Span) -> [Int] {
        var tokens: [Int] = []
        var token = span.opening - 1
        var floor = paragraphStartOfToken[span.opening]
        if token == floor - 1, token >= 0, word(token) == ":" { floor = paragraphStartOfToken[token] }
        while token >= floor {
            if let quote = quoteOfToken[token] {
                if endsSentence(spans[quote]) { break }
                token = spans[quote].opening - 1
                continue
            }
            if isTerminal(token) { break }
            tokens.append(token)
            token -= 1
        }
        return tokens.reversed()
    }

    /// The narrative tokens after a quotation up to the clause's end or the next quotation.
    func windowAfter(_ span: QuoteFinder.Span) -> [Int] {
        var tokens: [Int] = []
        var token = span.closing + 1
        let limit = paragraphEndOfToken[span.closing]
        while token < limit, quoteOfToken[token] == nil, !isTerminal(token) {
            tokens.append(token)
            token += 1
        }
        return tokens
    }

    /// The entity of a mention, by position.
    func entity(_ ref: MentionRef) -> Entity { entities[ref.entity] }
}
