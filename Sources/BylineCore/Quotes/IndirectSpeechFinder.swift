/// Finds reported speech without quotation marks: `S said (that) CONTENT`, `S told Y (that) CONTENT`,
/// `S V that CONTENT` for the other reporting verbs, `according to S, CONTENT` and
/// `CONTENT, according to S`. The span is the reported content; a partial quotation inside it stays a
/// direct quotation of its own, and the report stops before it. At most one report per sentence, and only where the cue's
/// subject is found.
struct IndirectSpeechFinder {
    /// One reported statement.
    struct Report: Hashable {
        var range: TextRange
        var attribution: Attribution
    }

    let attributor: SpeakerAttributor
    /// The fewest tokens reported content has.
    static let minimumContent = 3

    var context: QuoteContext { attributor.context }

    /// The reports of the article, in order.
    func reports() -> [Report] {
        context.document.article.sentences.compactMap { report(in: $0.tokens) }
    }

    /// The first report of a sentence, if it has one.
    func report(in tokens: Range<Int>) -> Report? {
        guard let lastToken = tokens.last else { return nil }
        let end = context.isTerminal(lastToken) && context.quote(at: lastToken) == nil ? lastToken - 1 : lastToken
        for token in tokens where context.quote(at: token) == nil {
            if context.lower(token) == "according", context.lower(token + 1) == "to" {
                return accordingTo(token, tokens: tokens, end: end)
            }
            guard let entry = attributor.cue(token, adjacent: false), entry.form == .finite,
                  let speaker = attributor.subject(before: token, floor: tokens.lowerBound) else { continue }
            var found = attributor.attribution(speaker, cue: token, lemma: entry.lemma, limit: end + 1, adjacent: true)
            found.confidence = speaker.confidence - 0.1
            var start = token + 1
            if let mention = found.addresseeMention { start = context.document.tokens(in: mention).upperBound }
            if let that = (start..<min(end + 1, start + 7)).first(where: { context.lower($0) == "that" }),
               !(start..<that).contains(where: { context.document.kind($0) != .word && context.document.kind($0) != .number }) {
                start = that + 1
            } else if entry.lemma != "say" && entry.lemma != "tell" {
                continue
            }
            guard start <= end, context.document.kind(start) == .word || context.document.kind(start) == .number
                    || context.quote(at: start) != nil else { continue }
            var last = (start...end).first { context.quote(at: $0) != nil }.map { $0 - 1 } ?? end
            while last >= start, context.document.kind(last) == .punctuation { last -= 1 }
            guard last - start + 1 >= Self.minimumContent, !SpeakerLexicon.prepositions.contains(context.lower(start)) else { continue }
            guard let range = context.document.span(start, last) else { continue }
            return Report(range: range, attribution: found)
        }
        return nil
    }

    /// `according to S, CONTENT` or `CONTENT, according to S`.
    func accordingTo(_ token: Int, tokens: Range<Int>, end: Int) -> Report? {
        var phraseEnd = token + 2
        while phraseEnd <= end, context.word(phraseEnd) != "," { phraseEnd += 1 }
        guard let speaker = attributor.phrase(startingAt: token + 2, limit: phraseEnd) else { return nil }
        let found = Attribution(speaker: speaker.entity, speakerMention: speaker.range, cue: context.document.span(token, token + 1),
                                confidence: speaker.confidence - 0.1)
        if token == tokens.lowerBound, phraseEnd < end, let range = context.document.span(phraseEnd + 1, end) {
            return Report(range: range, attribution: found)
        }
        if token - 2 >= tokens.lowerBound, context.word(token - 1) == ",", token - 1 - tokens.lowerBound >= Self.minimumContent,
           let range = context.document.span(tokens.lowerBound, token - 2) {
            return Report(range: range, attribution: found)
        }
        return nil
    }
}
