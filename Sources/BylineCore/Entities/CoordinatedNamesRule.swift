/// A span with “and” (or “&”) inside that is two listed names, not one: “Ruritania and Velo” → two
/// places, each with the kind the gazetteer gives it. A span the gazetteer lists whole (“Bosnia and
/// Herzegovina”, “Trinidad and Tobago”) stays one name, and so does one whose halves are not both listed
/// (“Marks and Spencer”).
enum CoordinatedNamesRule {
    static func apply(_ spans: [TokenSpan], in tokens: SentenceView, gazetteer: Gazetteer) -> [TokenSpan] {
        spans.flatMap { span -> [TokenSpan] in
            guard span.kind != .date, span.kind != .person, span.range.count >= 3,
                  let and = span.range.dropFirst().dropLast().first(where: { ["and", "&"].contains(tokens.text($0)) }),
                  GazetteerRules.kind(of: span.range, in: tokens, gazetteer: gazetteer) == nil,
                  let left = GazetteerRules.kind(of: span.range.lowerBound..<and, in: tokens, gazetteer: gazetteer),
                  let right = GazetteerRules.kind(of: (and + 1)..<span.range.upperBound, in: tokens, gazetteer: gazetteer)
            else { return [span] }
            return [TokenSpan(span.range.lowerBound..<and, left), TokenSpan((and + 1)..<span.range.upperBound, right)]
        }
    }
}
