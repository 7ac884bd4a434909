/// Rows of results and rankings (`LayoutLines` makes each a sentence of its own), which the model,
/// trained on prose, reads badly:
///
/// - a ranking row, “4. Ilona Varga (Hungary) 1:51.20”: the two to four capitalized words after the rank,
///   before a parenthesis, are a person unless the gazetteer lists them as a place or an organization;
///   a listed country in the parentheses is a place;
/// - a score row, “Northfield 3 Eastport 1”: two names, each followed by a number, make the whole
///   sentence; each is a team, an organization, unless the gazetteer lists it as a country or region (a
///   national team, a place).
enum ResultRowRule {
    static func apply(_ spans: [TokenSpan], in tokens: SentenceView, gazetteer: Gazetteer) -> [TokenSpan] {
        var found: [TokenSpan] = []
        if tokens.kind(0) == .number, tokens.text(1) == "." {
            let end = nameEnd(from: 2, in: tokens)
            if (2...4).contains(end - 2), tokens.text(end) == "(",
               gazetteer.lookup(tokens.text(2..<end)).isDisjoint(with: [.country, .city, .capital, .region, .organization, .newsOrganization]) {
                found.append(TokenSpan(2..<end, .person))
                let close = nameEnd(from: end + 1, in: tokens)
                if tokens.text(close) == ")", close > end + 1, gazetteer.contains(tokens.text((end + 1)..<close), .country) {
                    found.append(TokenSpan((end + 1)..<close, .place))
                }
            }
        } else {
            let firstEnd = nameEnd(from: 0, in: tokens)
            let secondStart = firstEnd + 1
            let secondEnd = nameEnd(from: secondStart, in: tokens)
            if firstEnd > 0, tokens.kind(firstEnd) == .number, secondEnd > secondStart, tokens.kind(secondEnd) == .number,
               secondEnd + 1 == tokens.count {
                found = [0..<firstEnd, secondStart..<secondEnd].map { team in
                    let national = !gazetteer.lookup(tokens.text(team)).isDisjoint(with: [.country, .placeAlias, .region])
                    return TokenSpan(team, national ? .place : .organization)
                }
            }
        }
        guard !found.isEmpty else { return spans }
        return spans.filter { span in !found.contains { $0.range.overlaps(span.range) } } + found
    }

    /// The end of the run of capitalized words starting at `start` (`start` itself when there is none).
    private static func nameEnd(from start: Int, in tokens: SentenceView) -> Int {
        var end = start
        while end < tokens.count, tokens.isCapitalized(end), tokens.kind(end) == .word { end += 1 }
        return end
    }
}
