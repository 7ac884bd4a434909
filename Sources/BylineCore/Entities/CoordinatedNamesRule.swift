/// A span with “and” (or “&”) inside that is two listed names, not one: “Ruritania and Velo” → two
/// places, each with the kind the gazetteer gives it. A span the gazetteer lists whole (“Bosnia and
/// Herzegovina”, “Trinidad and Tobago”) stays one name, and so does one whose halves are not both listed
/// (“Marks and Spencer”), unless it is an organization whose first half, of two words or more, ends in
/// an organization word and whose second half has two words or more (“Norvik Bank and Castell Savings”:
/// two organizations; “Procter and Gamble Co” stays one), or both halves are capitalized words ending in
/// a plural, as teams' names do (“Velo Hornets and Eastport Gulls”).
enum CoordinatedNamesRule {
    static func apply(_ spans: [TokenSpan], in tokens: SentenceView, gazetteer: Gazetteer) -> [TokenSpan] {
        spans.flatMap { span -> [TokenSpan] in
            guard span.kind != .date, span.kind != .person, span.range.count >= 3,
                  let and = span.range.dropFirst().dropLast().first(where: { ["and", "&"].contains(tokens.text($0)) }),
                  GazetteerRules.kind(of: span.range, in: tokens, gazetteer: gazetteer) == nil else { return [span] }
            let leftRange = span.range.lowerBound..<and, rightRange = (and + 1)..<span.range.upperBound
            if let left = GazetteerRules.kind(of: leftRange, in: tokens, gazetteer: gazetteer),
               let right = GazetteerRules.kind(of: rightRange, in: tokens, gazetteer: gazetteer) {
                return [TokenSpan(leftRange, left), TokenSpan(rightRange, right)]
            }
            guard span.kind == .organization, leftRange.count >= 2, rightRange.count >= 2,
                  gazetteer.contains(tokens.text(and - 1), .organizationSuffix)
                    || isTeamName(leftRange, tokens) && isTeamName(rightRange, tokens),
                  tokens.isCapitalized(rightRange.lowerBound) else { return [span] }
            return [TokenSpan(leftRange, .organization), TokenSpan(rightRange, .organization)]
        }
    }

    /// Capitalized words only, the last a plural in -s (“Eastport Gulls”).
    private static func isTeamName(_ range: Range<Int>, _ tokens: SentenceView) -> Bool {
        let last = tokens.lower(range.upperBound - 1)
        return range.allSatisfy { tokens.isCapitalized($0) && tokens.kind($0) == .word }
            && last.count > 3 && last.hasSuffix("s") && !last.hasSuffix("ss")
    }
}
