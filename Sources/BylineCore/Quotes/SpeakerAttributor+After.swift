extension SpeakerAttributor {
    /// How many words a descriptor before a speaker's name has at most ("veteran analyst", "Republican
    /// candidate", "the senator's spokeswoman").
    static let longestDescriptor = 5

    /// Whether a verb after a quotation that no cue list holds attributes it all the same: a verb in the
    /// parse, in lower case, that ends the clause but for a word or two ("…?” the host pressed.", "…,” the
    /// crowd shouted back.") and reports nothing of its own, after a quotation that opens its sentence and
    /// does not close it with a full stop (`strict`: "…." Cole disagreed. is a new sentence). Such a clause
    /// right after a quotation says who spoke whatever its verb.
    func closingVerb(_ verb: Int, limit: Int, after span: QuoteFinder.Span, strict: Bool) -> Bool {
        guard context.document.upos(verb) == .verb, context.isLowercase(verb), limit - verb - 1 <= 2,
              !strict || ["?", "!"].contains(context.word(span.closing - 1)),
              !context.windowBefore(span).contains(where: { context.document.kind($0) == .word }) else { return false }
        return !reportsContent(verb, limit: limit)
    }

    /// A finite reporting verb that ends the clause after a quotation (`"…," Vale notes.`), read as the cue
    /// even where the parse takes it for a noun: nothing but the full stop follows it, and no determiner or
    /// possessive stands before it ("the notes").
    func clauseFinalCue(_ verb: Int, limit: Int) -> ReportingVerbs.Entry? {
        guard verb == limit - 1, context.isTerminal(limit), context.document.kind(verb) == .word, context.isLowercase(verb),
              let entry = ReportingVerbs.entry(context.word(verb)), entry.form == .finite, !ReportingVerbs.isNoisy(entry.lemma),
              !SpeakerLexicon.determiners.contains(context.lower(verb - 1)), context.document.kind(verb - 1) != .clitic else { return nil }
        return entry
    }

    /// The subject phrase found for a cue after a quotation, when it opens the clause at `first`: as found
    /// when it starts there (or one token on, over an article), else widened to `first` over descriptor
    /// words before a name ("veteran analyst Ana Ruiz", "Republican candidate Omar Haddad") when `widening`
    /// (not after a quotation that ends its sentence, where a capitalized clause is more often a new
    /// statement). Nil when other words stand between the quotation and the subject.
    func opening(_ speaker: SpeakerPhrase, at first: Int, widening: Bool) -> SpeakerPhrase? {
        let start = context.document.firstToken(atOrAfter: speaker.range.start)
        if start <= first + 1 { return speaker }
        guard widening, speaker.entity != nil, start - first <= Self.longestDescriptor,
              (first..<start).allSatisfy(isDescriptor), let range = context.document.span(first, start) else { return nil }
        return SpeakerPhrase(range: TextRange(start: range.start, end: speaker.range.end), entity: speaker.entity, strength: speaker.strength)
    }

    /// Whether a token can be part of a descriptor before a name: a word, abbreviation, number or
    /// possessive that is no function word, no cue and no verb.
    func isDescriptor(_ token: Int) -> Bool {
        guard let kind = context.document.kind(token), [.word, .abbreviation, .number, .clitic].contains(kind) else { return false }
        let word = context.lower(token)
        return !SpeakerLexicon.functionWords.contains(word) && ReportingVerbs.entry(word) == nil
            && context.document.upos(token) != .verb && context.quote(at: token) == nil
    }

    /// `"…" ¶ - Ana Ruiz.`: the speaker signing a quotation that ends its paragraph, on the next
    /// paragraph, which holds only a dash and a name.
    func signatureLine(after span: QuoteFinder.Span) -> Attribution? {
        let next = span.closing + 1
        guard context.paragraphEnd(of: span.closing) == next, context.isCommaOrDash(next) || context.word(next) == "-" else { return nil }
        let end = context.paragraphEnd(of: next)
        var last = end - 1
        while last > next, context.document.kind(last) == .punctuation { last -= 1 }
        guard last > next, last - next <= 6, let speaker = phrase(startingAt: next + 1, limit: last + 1), speaker.entity != nil,
              context.document.tokens(in: speaker.range).upperBound == last + 1 else { return nil }
        return Attribution(speaker: speaker.entity, speakerMention: speaker.range, confidence: 0.8)
    }
}
