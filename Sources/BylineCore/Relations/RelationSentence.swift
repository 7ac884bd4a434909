/// One sentence as relation extraction reads it: lower-cased token texts and, for each token, the entity
/// mention (name, title or pronoun) that covers it, all indexed from 0 within the sentence.
struct RelationSentence {
    /// An entity mention inside the sentence, as a token range.
    struct Span: Hashable {
        var entity: String
        var kind: EntityKind
        var form: MentionForm
        var tokens: Range<Int>
    }

    let article: Article
    let range: TextRange
    let texts: [String]
    let lower: [String]
    let kinds: [TokenKind]
    let ranges: [TextRange]
    /// Mentions of the entities relations may join, in text order.
    let spans: [Span]
    /// For each token, the index in `spans` of the mention covering it.
    let owner: [Int?]
    /// Tokens inside date mentions ("on Monday", "last week"), which may stand between a subject and its verb.
    let dates: Set<Int>

    /// Entity kinds that take part in relations (dates and stray kinds do not).
    static let relatable: Set<EntityKind> = [.person, .organization, .place, .group]

    init(article: Article, sentence: Sentence, mentions: [(entity: Entity, mention: Mention)]) {
        let tokens = article.tokens[sentence.tokens]
        self.article = article
        self.range = sentence.range
        self.texts = tokens.map { article.string($0.range) }
        self.lower = texts.map { text in
            let lowered = text.lowercased()
            return lowered.contains("’") ? lowered.replacingOccurrences(of: "’", with: "'") : lowered
        }
        self.kinds = tokens.map(\.kind)
        let tokenRanges = tokens.map(\.range)
        self.ranges = tokenRanges
        var spans: [Span] = []
        var owner = [Int?](repeating: nil, count: tokens.count)
        var dates: Set<Int> = []
        for (entity, mention) in mentions {
            let covered = RelationSentence.tokens(of: mention.range, in: tokenRanges)
            if entity.kind == .date { dates.formUnion(covered) }
            guard RelationSentence.relatable.contains(entity.kind) else { continue }
            guard let first = covered.first, let last = covered.last,
                  (first...last).allSatisfy({ owner[$0] == nil }) else { continue }
            for index in first...last { owner[index] = spans.count }
            spans.append(Span(entity: entity.id, kind: entity.kind, form: mention.form, tokens: first..<(last + 1)))
        }
        self.spans = spans
        self.owner = owner
        self.dates = dates
    }

    var count: Int { texts.count }

    /// The indices of the tokens inside `range`, found by binary search over the sorted token ranges.
    static func tokens(of range: TextRange, in tokenRanges: [TextRange]) -> Range<Int> {
        var low = 0
        var high = tokenRanges.count
        while low < high {
            let middle = (low + high) / 2
            if tokenRanges[middle].start < range.start { low = middle + 1 } else { high = middle }
        }
        var end = low
        while end < tokenRanges.count, tokenRanges[end].end <= range.end { end += 1 }
        return low..<end
    }

    /// The lower-cased text of a token, or "" outside the sentence.
    func word(_ index: Int) -> String {
        index >= 0 && index < count ? lower[index] : ""
    }

    /// The text a token range covers, gaps included.
    func text(_ tokens: Range<Int>) -> String {
        guard let first = tokens.first, let last = tokens.last else { return "" }
        return article.string(TextRange(start: ranges[first].start, end: ranges[last].end))
    }

    /// Whether no mention but a title one covers the token (a title mention still reads as a title).
    func isFree(_ index: Int) -> Bool {
        guard index >= 0, index < count else { return false }
        return owner[index].map { spans[$0].form == .title } ?? true
    }

    /// The mention starting exactly at `index`, if one does.
    func span(startingAt index: Int) -> Span? {
        guard index >= 0, index < count, let found = owner[index], spans[found].tokens.lowerBound == index else { return nil }
        return spans[found]
    }

    /// The mention ending exactly before `index`, if one does.
    func span(endingBefore index: Int) -> Span? {
        guard index > 0, index <= count, let found = owner[index - 1], spans[found].tokens.upperBound == index else {
            return nil
        }
        return spans[found]
    }

    /// Whether the token is a possessive clitic ("’s", "'s", "’").
    func isPossessive(_ index: Int) -> Bool {
        index >= 0 && index < count && kinds[index] == .clitic && ["'s", "'"].contains(lower[index])
    }

    /// Whether the token ends a clause for the purpose of joining a subject to its verb.
    func isPunctuation(_ index: Int) -> Bool {
        index < 0 || index >= count || [.punctuation, .quote, .dash, .ellipsis, .symbol].contains(kinds[index])
    }
}
