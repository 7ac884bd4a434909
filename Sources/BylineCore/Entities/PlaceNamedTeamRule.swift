/// A company or club named after a place is an organization where the sentence treats it as one:
///
/// - after “shares of”, “shares in”, “stake in” or “stock of” (“shares of Lakeside rose”);
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

    static func apply(_ spans: [TokenSpan], in tokens: SentenceView, gazetteer: Gazetteer) -> [TokenSpan] {
        spans.map { span in
            guard span.kind == .place else { return span }
            let start = span.range.lowerBound
            let before = (tokens.lower(start - 2), tokens.lower(start - 1))
            if ["shares", "stake", "stock", "shareholders"].contains(before.0), ["of", "in"].contains(before.1) {
                return TokenSpan(span.range, .organization)
            }
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
