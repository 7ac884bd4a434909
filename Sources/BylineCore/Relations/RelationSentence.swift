/// One sentence as relation extraction reads it: the sentence's tokens (a `SentenceView`) and the
/// mentions of the entities relations may join, all indexed from 0 within the sentence.
struct RelationSentence {
    /// An entity mention inside the sentence, as a token range.
    struct Span: Hashable {
        var entity: String
        var kind: EntityKind
        var form: MentionForm
        var tokens: Range<Int>
    }

    let view: SentenceView
    /// Mentions of the entities relations may join, in text order.
    let spans: [Span]
    /// For each token, the index in `spans` of the mention covering it, or -1; empty when there are no
    /// spans (a "sentence" of punctuation can be the whole text).
    private let owners: [Int32]
    /// Tokens inside date mentions ("on Monday", "last week"), which may stand between a subject and its verb.
    let dates: Set<Int>

    /// Entity kinds that take part in relations (dates and stray kinds do not).
    static let relatable: Set<EntityKind> = [.person, .organization, .place, .group]

    /// `kinds` gives the kind to read an entity as when it is not its type (`RelationKinds`).
    init(_ view: SentenceView, kinds: [String: EntityKind] = [:]) {
        self.view = view
        let sentenceRange = view.range
        var spans: [Span] = []
        var owners: [Int32] = []
        var dates: Set<Int> = []
        for index in 0..<view.count {
            guard let mention = view.mention(at: index), view.token(index) == mention.tokens.lowerBound,
                  sentenceRange.contains(mention.range) else { continue }
            let entity = view.document.entities[mention.entity]
            let covered = view.local(mention.tokens.lowerBound)..<view.local(mention.tokens.upperBound)
            if entity.kind == .date { dates.formUnion(covered) }
            guard RelationSentence.relatable.contains(entity.kind) else { continue }
            if owners.isEmpty { owners = [Int32](repeating: -1, count: view.count) }
            for token in covered { owners[token] = Int32(spans.count) }
            spans.append(Span(entity: entity.id, kind: kinds[entity.id] ?? entity.kind, form: mention.form, tokens: covered))
        }
        self.spans = spans
        self.owners = owners
        self.dates = dates
    }

    var count: Int { view.count }

    /// The sentence's span.
    var range: TextRange { view.range }

    /// The lower-cased text of a token with ASCII apostrophes, or "" outside the sentence.
    func word(_ index: Int) -> String { view.norm(index) }

    /// The text of a token as written, or "" outside the sentence.
    func text(_ index: Int) -> String { view.text(index) }

    /// The text a token range covers, gaps included.
    func text(_ tokens: Range<Int>) -> String { view.text(tokens) }

    /// The kind of a token; nil outside the sentence.
    func kind(_ index: Int) -> TokenKind? { view.kind(index) }

    /// Where a token starts in the text (the sentence's start outside it).
    func start(_ index: Int) -> Int { view.range(index)?.start ?? range.start }

    /// Whether a token starts with a capital letter.
    func isCapitalized(_ index: Int) -> Bool { view.isCapitalized(index) }

    /// Whether a token starts with a lower-case letter.
    func startsLowercase(_ index: Int) -> Bool { view.flags(index).contains(.startsLowercase) }

    /// The index in `spans` of the mention covering a token; nil for none or outside the sentence.
    func owner(_ index: Int) -> Int? {
        index >= 0 && index < owners.count && owners[index] >= 0 ? Int(owners[index]) : nil
    }

    /// Whether no mention but a title one covers the token (a title mention still reads as a title).
    func isFree(_ index: Int) -> Bool {
        guard index >= 0, index < count else { return false }
        return owner(index).map { spans[$0].form == .title } ?? true
    }

    /// The mention starting exactly at `index`, if one does.
    func span(startingAt index: Int) -> Span? {
        guard let found = owner(index), spans[found].tokens.lowerBound == index else { return nil }
        return spans[found]
    }

    /// The mention ending exactly before `index`, if one does.
    func span(endingBefore index: Int) -> Span? {
        guard let found = owner(index - 1), spans[found].tokens.upperBound == index else { return nil }
        return spans[found]
    }

    /// Whether the token is a possessive clitic ("’s", "'s", "’").
    func isPossessive(_ index: Int) -> Bool {
        view.kind(index) == .clitic && ["'s", "'"].contains(word(index))
    }

    /// Whether the token's part of speech is one of `tags` (false before the syntax layer).
    func isTagged(_ index: Int, _ tags: Set<UPOS>) -> Bool { view.upos(index).map(tags.contains) ?? false }

    /// Whether a phrase stops at the token: punctuation-like, or outside the sentence.
    func isBoundary(_ index: Int) -> Bool { view.isBoundary(index) }
}
