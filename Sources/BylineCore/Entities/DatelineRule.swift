/// The opening lines of wire copy:
///
/// - a dateline, one to four words in capitals opening a sentence (a single word of two letters is
///   too short: “PS —”) and followed by a comma, a date, a dash or an agency in parentheses
///   (“HARBURG, Ruritania (Wire) —”, “LONDON 1996-08-30”): the words in capitals are a place, so is a
///   capitalized name after the comma, and the agency in parentheses an organization;
/// - a by-line in capitals (“By ASSOCIATED PRESS”, “BY MARA QUELL”): the words after “By” are one
///   name, an organization when the gazetteer lists it or it ends in an organization word, else a person.
///
/// The spans these give replace the spans they overlap.
enum DatelineRule {
    static func apply(_ spans: [TokenSpan], in tokens: SentenceView, gazetteer: Gazetteer) -> [TokenSpan] {
        var found = byline(in: tokens, gazetteer: gazetteer)
        if found.isEmpty { found = dateline(in: tokens, gazetteer: gazetteer) }
        guard !found.isEmpty else { return spans }
        return spans.filter { span in !found.contains { $0.range.overlaps(span.range) } } + found
    }

    /// The words in capitals from `start`: at most `limit` words of two letters or more.
    private static func capitals(from start: Int, in tokens: SentenceView, limit: Int) -> Range<Int> {
        var end = start
        while end < tokens.count, end - start < limit, isCapitalsWord(end, tokens) { end += 1 }
        return start..<end
    }

    private static func isCapitalsWord(_ index: Int, _ tokens: SentenceView) -> Bool {
        let flags = tokens.flags(index)
        return [.word, .abbreviation].contains(tokens.kind(index)) && flags.contains(.hasLetter) && !flags.contains(.hasLowercase)
            && tokens.text(index).count >= 2
    }

    private static func dateline(in tokens: SentenceView, gazetteer: Gazetteer) -> [TokenSpan] {
        let place = capitals(from: 0, in: tokens, limit: 4)
        guard !place.isEmpty, place.count > 1 || tokens.text(0).count > 2, !tokens.isAllCaps || tokens.kind(place.upperBound) == .number,
              gazetteer.lookup(titleCased(place, tokens)).union(gazetteer.lookup(tokens.text(place)))
                .isDisjoint(with: [.organization, .newsOrganization, .group, .demonym])
        else { return [] }
        var next = place.upperBound
        var found = [TokenSpan(place, .place)]
        if tokens.text(next) == "," {
            var end = next + 1
            while end < tokens.count, tokens.isCapitalized(end), tokens.kind(end) == .word { end += 1 }
            guard end > next + 1, ["(", "-"].contains(tokens.text(end)) || tokens.kind(end) == .dash || tokens.kind(end) == .number
            else { return [] }
            found.append(TokenSpan((next + 1)..<end, .place))
            next = end
        }
        if tokens.text(next) == "(" {
            var end = next + 1
            while end < tokens.count, tokens.isCapitalized(end) { end += 1 }
            guard end > next + 1, tokens.text(end) == ")" else { return [] }
            found.append(TokenSpan((next + 1)..<end, .organization))
            return found
        }
        if tokens.kind(next) == .dash || tokens.text(next) == "-" { return found }
        if tokens.kind(next) == .number, tokens.text(next).contains("-") || tokens.text(next).contains("/") { return found }
        return []
    }

    private static func byline(in tokens: SentenceView, gazetteer: Gazetteer) -> [TokenSpan] {
        guard tokens.lower(0) == "by", tokens.isCapitalized(0) else { return [] }
        let name = capitals(from: 1, in: tokens, limit: 5)
        guard name.count >= 1, name.upperBound == tokens.count || tokens.isBoundary(name.upperBound) else { return [] }
        let categories = gazetteer.lookup(titleCased(name, tokens))
        let isOrganization = !categories.isDisjoint(with: [.organization, .newsOrganization])
            || gazetteer.contains(titleCased(name.suffix(1), tokens), .organizationSuffix)
        guard isOrganization || name.count >= 2 else { return [] }
        return [TokenSpan(name, isOrganization ? .organization : .person)]
    }

    /// Words in capitals as a name is listed: “ASSOCIATED PRESS” → “Associated Press”.
    private static func titleCased(_ range: Range<Int>, _ tokens: SentenceView) -> String {
        range.map { index in
            let word = tokens.lower(index)
            return word.prefix(1).uppercased() + word.dropFirst()
        }.joined(separator: " ")
    }
}
