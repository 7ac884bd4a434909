/// Keeps titles out of names. A title phrase from the gazetteer's titles (“President”, “Secretary of
/// State”, “Secretary General”), written capitalized, is never part of a name mention:
///
/// - a span inside a title phrase is dropped (“State” in “Secretary of State”);
/// - a person span loses its leading titles (“President Ann Bell” → “Ann Bell”,
///   “Mr. Smith” → “Smith”);
/// - a span with a title inside is split around it: what comes before keeps its own kind (“Ruritanian”
///   group, “NATO” organization), what comes after is the person (“Ann Bell”);
/// - a span ending in a title loses it (“U.S. Ambassador” → “U.S.”).
///
/// A title word leading a span that is not a person is kept (“General Motors”, “Justice Department”), and
/// so is a title inside one unless a first name follows it (“Apple and General Electric” stays whole).
enum TitleRules {
    /// The capitalized title phrases of a sentence as token ranges, longest first at each position.
    static func titlePhrases(in tokens: SentenceView, gazetteer: Gazetteer) -> [Range<Int>] {
        var phrases: [Range<Int>] = []
        var index = 0
        while index < tokens.count {
            var found: Range<Int>?
            if tokens.isCapitalized(index) {
                let longest = gazetteer.startsEntry(tokens.text(index)) ? min(gazetteer.longestEntry, tokens.count - index) : 1
                for length in stride(from: longest, through: 1, by: -1) {
                    let range = index..<(index + length)
                    if tokens.isCapitalized(range.upperBound - 1), gazetteer.contains(tokens.text(range), .title) {
                        found = range
                        break
                    }
                }
            }
            if let found {
                phrases.append(found)
                index = found.upperBound
            } else {
                index += 1
            }
        }
        return phrases
    }

    /// The spans with title words taken out, given the sentence's `titlePhrases`.
    static func apply(_ spans: [TokenSpan], in tokens: SentenceView, phrases: [Range<Int>], gazetteer: Gazetteer) -> [TokenSpan] {
        guard !phrases.isEmpty else { return spans }
        return spans.flatMap { split($0, phrases: phrases, tokens: tokens, gazetteer: gazetteer) }
    }

    private static func split(_ span: TokenSpan, phrases: [Range<Int>], tokens: SentenceView,
                              gazetteer: Gazetteer) -> [TokenSpan] {
        let inside = phrases.filter { $0.overlaps(span.range) }
        guard !inside.isEmpty else { return [span] }
        if inside.contains(where: { $0.lowerBound <= span.range.lowerBound && $0.upperBound >= span.range.upperBound }) {
            return []
        }
        var range = span.range
        // Title phrases that begin before the span and reach into it.
        for phrase in inside where phrase.lowerBound < range.lowerBound {
            range = phrase.upperBound..<range.upperBound
        }
        let rest = inside.filter { $0.lowerBound >= range.lowerBound && $0.upperBound <= range.upperBound }
        guard let last = rest.last else { return [TokenSpan(range, span.kind)] }
        if last.lowerBound == range.lowerBound {
            // The span starts with a title and has no other inside.
            let after = last.upperBound..<range.upperBound
            if span.kind == .person || startsPersonName(after, tokens: tokens, gazetteer: gazetteer) {
                return [TokenSpan(after, .person)]
            }
            return [TokenSpan(range, span.kind)]
        }
        let before = range.lowerBound..<rest[0].lowerBound
        let after = last.upperBound..<range.upperBound
        if span.kind != .person, !after.isEmpty, !startsPersonName(after, tokens: tokens, gazetteer: gazetteer) {
            return [TokenSpan(range, span.kind)]
        }
        var result: [TokenSpan] = []
        if let kind = GazetteerRules.kind(of: before, in: tokens, gazetteer: gazetteer) ?? fallbackKind(before, span: span, tokens: tokens) {
            result.append(TokenSpan(before, kind))
        }
        if !after.isEmpty {
            result.append(TokenSpan(after, span.kind == .person || startsPersonName(after, tokens: tokens, gazetteer: gazetteer) ? .person : span.kind))
        }
        return result
    }

    /// The kind of the part before a title when the gazetteer does not know it: an acronym is an
    /// organization; a part of a non-person span keeps the span's kind; anything else is dropped.
    private static func fallbackKind(_ range: Range<Int>, span: TokenSpan, tokens: SentenceView) -> EntityKind? {
        let text = tokens.text(range)
        let letters = text.filter(\.isLetter)
        if letters.count >= 2, letters.allSatisfy(\.isUppercase) { return .organization }
        if span.kind != .person, range.count > 1 { return span.kind }
        return nil
    }

    /// Whether a range starts with a first name from the gazetteer.
    static func startsPersonName(_ range: Range<Int>, tokens: SentenceView, gazetteer: Gazetteer) -> Bool {
        guard let first = range.first else { return false }
        if gazetteer.lookup(tokens.text(first)).contains(.firstName) { return true }
        return false
    }
}
