/// What quote attribution reads about an article: the document's layers (tokens, paragraphs, the entity
/// mention of each token) and its direct quotations with the quotation holding each token. Titles of works
/// in quotation marks (`QuotedTitle`) are no quotations here.
struct QuoteContext {
    let document: Document
    let gazetteer: Gazetteer
    let spans: [QuoteFinder.Span]
    /// The direct quotation (position in `spans`) holding each token, marks included; -1 for none.
    private let quoteOfToken: [Int32]

    init(document: Document, gazetteer: Gazetteer) {
        self.document = document
        self.gazetteer = gazetteer
        let spans = QuoteFinder.spans(in: document).filter { !QuotedTitle.isTitle($0, in: document) }
        self.spans = spans
        var quoteOfToken = [Int32](repeating: -1, count: document.count)
        for (position, span) in spans.enumerated() {
            for token in span.opening...span.closing { quoteOfToken[token] = Int32(position) }
        }
        self.quoteOfToken = quoteOfToken
    }

    /// The number of tokens.
    var count: Int { document.count }

    /// The article's entities.
    var entities: [Entity] { document.entities }

    /// The direct quotation holding a token, as a position in `spans`; nil for none or outside the text.
    func quote(at token: Int) -> Int? {
        guard token >= 0, token < quoteOfToken.count, quoteOfToken[token] >= 0 else { return nil }
        return Int(quoteOfToken[token])
    }

    /// The entity mention covering a token.
    func mention(at token: Int) -> MentionLayer.Ref? { document.mention(at: token) }

    /// The text of a token, "" outside the article.
    func word(_ token: Int) -> String { document.text(token) }

    /// The lowercased text of a token.
    func lower(_ token: Int) -> String { document.lower(token) }

    /// Whether a token is written in lower case (so can be a verb rather than a name).
    func isLowercase(_ token: Int) -> Bool { document.isLowercase(token) }

    /// Whether a token ends a clause: . ! ? ;
    func isTerminal(_ token: Int) -> Bool { document.isTerminal(token) }

    /// Whether a token is a comma or a dash.
    func isCommaOrDash(_ token: Int) -> Bool {
        word(token) == "," || document.kind(token) == .dash
    }

    /// The tokens of a token's sentence.
    func sentenceTokens(of token: Int) -> Range<Int> {
        let sentences = document.article.sentences
        let index = document.sentenceIndex(of: token)
        return sentences.indices.contains(index) ? sentences[index].tokens : token..<token
    }

    /// The first token of a token's paragraph (the token itself outside the text).
    func paragraphStart(of token: Int) -> Int {
        document.paragraph(of: token).map { document.paragraphTokens[$0].lowerBound } ?? token
    }

    /// One past the last token of a token's paragraph (the token itself outside the text).
    func paragraphEnd(of token: Int) -> Int {
        document.paragraph(of: token).map { document.paragraphTokens[$0].upperBound } ?? token
    }

    /// Whether a quotation ends its sentence: its last inner token is . ! ? and what follows it starts a
    /// new sentence (a capital, another quotation or the paragraph's end).
    func endsSentence(_ span: QuoteFinder.Span) -> Bool {
        let last = span.closing - 1
        guard last > span.opening, [".", "!", "?", "…"].contains(word(last)) || isTerminal(last) else { return false }
        let next = span.closing + 1
        guard next < paragraphEnd(of: span.closing) else { return true }
        return quote(at: next) != nil || document.isCapitalized(next)
    }

    /// The most steps (tokens taken or quotations stepped over) a window before or after a quotation
    /// goes: an attribution is never further away, and text without full stops full of quotations would
    /// otherwise make every window as long as the paragraph (quadratic in it).
    static let longestWindow = 160

    /// The narrative tokens (outside quotations) of the sentence before a quotation, in text order,
    /// stepping over earlier quotations that do not end a sentence. A quotation opening a paragraph
    /// after one ending in a colon ("… said:") reads that paragraph's last sentence.
    func windowBefore(_ span: QuoteFinder.Span) -> [Int] {
        var tokens: [Int] = []
        var token = span.opening - 1
        var floor = paragraphStart(of: span.opening)
        if token == floor - 1, token >= 0, word(token) == ":" { floor = paragraphStart(of: token) }
        var steps = 0
        while token >= floor, steps < Self.longestWindow {
            steps += 1
            if let quote = quote(at: token) {
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
        let limit = min(paragraphEnd(of: span.closing), token + Self.longestWindow)
        while token < limit, quote(at: token) == nil, !isTerminal(token) {
            tokens.append(token)
            token += 1
        }
        return tokens
    }

    /// The entity of a mention.
    func entity(_ ref: MentionLayer.Ref) -> Entity { entities[ref.entity] }
}
