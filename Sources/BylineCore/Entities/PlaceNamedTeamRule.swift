/// A company or club named after a place is an organization where the sentence treats it as one:
///
/// - after “shares of”, “shares in”, “stake in” or “stock of” (“shares of Lakeside rose”), a name the
///   model took for a place or a person, or missed;
/// - right after a club word in capitals (“Real Xville”, “Dynamo Velo”), the two one organization;
/// - a city (not a country or region: national teams stay places) before a result verb followed by a
///   name or a score (“Velo beat Lune 2-1”, “Velo drew 1-1”, “Velo lost to Lune”), or after one and
///   before a score (“beat Lune 2-1”).
enum PlaceNamedTeamRule {
    /// Words before a place that make it a club's name.
    static let clubWords: Set<String> = [
        "real", "atletico", "atlético", "dynamo", "dinamo", "sporting", "olympique", "inter", "lokomotiv", "spartak",
        "fc", "ac", "afc", "sc", "cf", "racing", "athletic", "stade", "rapid", "hapoel", "maccabi", "partizan",
    ]
    /// Verbs of a match result.
    static let resultVerbs: Set<String> = ["beat", "beats", "defeated", "defeats", "drew", "draws", "thrashed", "routed", "edged", "crushed", "outplayed", "trounced", "lost", "overcame"]

    /// Words that, before “of” or “in”, make the name after them a company's.
    static let shareWords: Set<String> = ["shares", "stake", "stock", "shareholders"]

    static func apply(_ spans: [TokenSpan], in tokens: SentenceView, gazetteer: Gazetteer) -> [TokenSpan] {
        retyped(spans, in: tokens, gazetteer: gazetteer) + sharesOfUncovered(spans, in: tokens)
    }

    /// A capitalized name no span covers after “shares of” and the like: a company (“shares of Harrow”).
    static func sharesOfUncovered(_ spans: [TokenSpan], in tokens: SentenceView) -> [TokenSpan] {
        guard !tokens.isAllCaps, !tokens.isTitleCase else { return [] }
        var found: [TokenSpan] = []
        for index in 2..<max(2, tokens.count) where shareWords.contains(tokens.lower(index - 2)) && ["of", "in"].contains(tokens.lower(index - 1)) {
            var end = index
            while end < tokens.count, tokens.isCapitalized(end), tokens.kind(end) == .word, !spans.contains(where: { $0.range.contains(end) }) {
                end += 1
            }
            if end > index { found.append(TokenSpan(index..<end, .organization)) }
        }
        return found
    }

    static func retyped(_ spans: [TokenSpan], in tokens: SentenceView, gazetteer: Gazetteer) -> [TokenSpan] {
        spans.map { span in
            guard span.kind == .place || span.kind == .person else { return span }
            let start = span.range.lowerBound
            let before = (tokens.lower(start - 2), tokens.lower(start - 1))
            if shareWords.contains(before.0), ["of", "in"].contains(before.1) {
                return TokenSpan(span.range, .organization)
            }
            guard span.kind == .place else { return span }
            if start > 0, tokens.isCapitalized(start - 1), clubWords.contains(before.1) {
                return TokenSpan((start - 1)..<span.range.upperBound, .organization)
            }
            let country = !gazetteer.lookup(tokens.text(span.range)).isDisjoint(with: [.country, .placeAlias, .region])
            guard !country else { return span }
            var after = span.range.upperBound
            if resultVerbs.contains(tokens.lower(after)) {
                after += ["to", "with"].contains(tokens.lower(after + 1)) ? 2 : 1
                if tokens.isCapitalized(after) && tokens.kind(after) == .word || isScore(tokens.text(after)) {
                    return TokenSpan(span.range, .organization)
                }
            }
            if resultVerbs.contains(tokens.lower(start - 1)) || ["to", "with"].contains(before.1) && resultVerbs.contains(before.0),
               isScore(tokens.text(span.range.upperBound)) {
                return TokenSpan(span.range, .organization)
            }
            return span
        }
    }

    /// “2-1”, “1–1”.
    static func isScore(_ text: String) -> Bool {
        let parts = text.split(whereSeparator: { $0 == "-" || $0 == "–" })
        return parts.count == 2 && parts.allSatisfy { (1...2).contains($0.count) && $0.allSatisfy(\.isNumber) }
    }
}
