/// Rules for people's names from everywhere:
///
/// - name particles (“van der”, “de la”, “bin”, “al”) join a person's name to the capitalized word after
///   them (“Pieter van der Berg”, “Khalid bin Rashed”), whether the model made two spans of it or
///   stopped before the particle;
/// - across the document, a one-word name that is the first or last word of a person's full name
///   mentioned in it is that person wherever it stands capitalized and no span covers it (“Okafor
///   dismissed the criticism.” after “Ngozi Okafor”), and a one-word place or organization span with
///   that text that no list knows is retyped a person.
enum PersonNameRules {
    /// The person spans with particles joined.
    static func joinParticles(_ spans: [TokenSpan], in tokens: SentenceView) -> [TokenSpan] {
        let sorted = spans.sorted { $0.range.lowerBound < $1.range.lowerBound }
        var result: [TokenSpan] = []
        for (position, span) in sorted.enumerated() {
            if let last = result.last, last.kind == .person, let end = particlesEnd(after: last.range.upperBound, tokens),
               end == span.range.lowerBound, span.kind == .person || span.range.count == 1 && tokens.isCapitalized(end) {
                result[result.count - 1] = TokenSpan(last.range.lowerBound..<span.range.upperBound, .person)
                continue
            }
            var joined = span
            let nextStart = position + 1 < sorted.count ? sorted[position + 1].range.lowerBound : tokens.count
            if span.kind == .person, let end = particlesEnd(after: span.range.upperBound, tokens), end < nextStart,
               tokens.isCapitalized(end), tokens.kind(end) == .word {
                joined = TokenSpan(span.range.lowerBound..<(end + 1), .person)
            }
            result.append(joined)
        }
        return result
    }

    /// The index after one or two lower-case name particles starting at `index`, nil if none stands there.
    private static func particlesEnd(after index: Int, _ tokens: SentenceView) -> Int? {
        var end = index
        while end - index < 2, tokens.isLowercaseWord(end), MentionTrimmer.particles.contains(tokens.text(end)) { end += 1 }
        return end > index ? end : nil
    }

    /// The one-word names a document's full person names lend their words to: the first and last word of
    /// each person span of two or more words, unless a list gives the word as a place, organization or
    /// group, it is a common word, or an organization's name of two or more words starts with it (“Harrow”
    /// of “Harrow Mining Corp”, which a headline's “Harrow Mining” must not make a person).
    static func shortNames(_ sentences: [(SentenceView, [TokenSpan])], gazetteer: Gazetteer) -> Set<String> {
        var names: Set<String> = []
        var organizationWords: Set<String> = []
        for (tokens, spans) in sentences {
            for span in spans where span.kind == .organization && span.range.count >= 2 {
                organizationWords.insert(tokens.text(span.range.lowerBound))
            }
            for span in spans where span.kind == .person && span.range.count >= 2 {
                for index in [span.range.lowerBound, span.range.upperBound - 1]
                where tokens.kind(index) == .word && tokens.isCapitalized(index) && tokens.text(index).count > 2 {
                    let word = tokens.text(index)
                    if MentionTrimmer.commonWords.contains(tokens.lower(index)) || GazetteerRules.kind(of: gazetteer.lookup(word)) != nil { continue }
                    names.insert(word)
                }
            }
        }
        return names.subtracting(organizationWords)
    }

    /// The sentence's spans with the document's short names added or retyped as people.
    static func shortNameMentions(_ spans: [TokenSpan], in tokens: SentenceView, names: Set<String>) -> [TokenSpan] {
        guard !names.isEmpty, !tokens.isAllCaps else { return spans }
        var covered = Set(spans.flatMap { Array($0.range) })
        var result = spans.map { span -> TokenSpan in
            guard span.range.count == 1, [.place, .organization].contains(span.kind), names.contains(tokens.text(span.range)) else { return span }
            return TokenSpan(span.range, .person)
        }
        for index in 0..<tokens.count where !covered.contains(index) && tokens.isCapitalized(index) && names.contains(tokens.text(index)) {
            guard !tokens.isCapitalized(index + 1) || tokens.kind(index + 1) != .word,
                  !tokens.isCapitalized(index - 1) || tokens.kind(index - 1) != .word || tokens.isSentenceInitial(index) else { continue }
            result.append(TokenSpan(index..<(index + 1), .person))
            covered.insert(index)
        }
        return result
    }
}
