/// The cues that make one person the salient antecedent of a pronoun in news prose: who is speaking (the
/// subject of a reporting verb: "Roe said", "said Roe", "Roe, the mayor, said") and where an appositive
/// after a name ends (", a retired nurse from Leeds,"), which describes the name rather than introducing
/// someone new.
extension PronounResolver {
    /// How many tokens an appositive after a name may run before its closing comma.
    static let appositiveReach = 40

    /// The token after the appositive that starts at `token` (a comma right after a name, then a
    /// determiner or a number: ", a retired nurse from Leeds," or ", 54,"), closed by a comma of the same
    /// sentence before `limit`; nil when no such appositive starts there. Looks at most
    /// `appositiveReach` tokens ahead.
    static func appositiveEnd(at token: Int, before limit: Int, document: Document) -> Int? {
        guard document.text(token) == ",", token + 1 < limit,
              determiners.contains(document.lower(token + 1)) || document.kind(token + 1) == .number else { return nil }
        let sentence = document.sentenceIndex(of: token)
        let end = min(limit, token + 1 + appositiveReach)
        var next = token + 1
        while next < end, document.sentenceIndex(of: next) == sentence {
            if document.text(next) == "," { return next + 1 }
            next += 1
        }
        return nil
    }

    /// Whether a word is a reporting verb that takes a speaker as its subject ("said", "added", "told"),
    /// not one of the noisy verbs of thought ("believed").
    static func isSpeechVerb(_ token: Int, document: Document) -> Bool {
        guard let entry = ReportingVerbs.entry(document.lower(token)) else { return false }
        return entry.form == .finite && !ReportingVerbs.noisy.contains(entry.lemma)
    }

    /// Whether the mention at `range` speaks: a reporting verb follows it (after an appositive, if any) or
    /// comes right before it after a comma or a closing quotation mark ("…,” said Roe").
    static func isSpeaker(_ range: TextRange, document: Document) -> Bool {
        let tokens = document.tokens(in: range)
        guard !tokens.isEmpty else { return false }
        var next = tokens.upperBound
        if let end = appositiveEnd(at: next, before: document.count, document: document) { next = end }
        if next < document.count, isSpeechVerb(next, document: document) { return true }
        let previous = tokens.lowerBound - 1
        return previous >= 1 && isSpeechVerb(previous, document: document)
            && [",", "”", "\""].contains(document.text(previous - 1))
    }

    /// Whether a mention opens its sentence, so is most likely its subject: at most an article or a
    /// capitalized word (a title, a place) comes before it in the sentence.
    static func opensSentence(_ range: TextRange, document: Document) -> Bool {
        let first = document.firstToken(atOrAfter: range.start)
        let sentence = document.sentenceIndex(of: first)
        var previous = first - 1
        var skipped = 0
        while previous >= 0, document.sentenceIndex(of: previous) == sentence {
            guard skipped < 3, document.lower(previous) == "the" || document.isCapitalized(previous) else { return false }
            skipped += 1
            previous -= 1
        }
        return true
    }

    /// The antecedent a pronoun that speaks ("…,” she said", in sentence `sentence`) refers to when the
    /// window names a speaker: the latest compatible speaker, unless someone else comes in a later
    /// sentence as its opening subject or in the pronoun's own sentence (the narrative has moved on to
    /// them), or unless the speaker's gender is unknown and someone else's is known to match. Nil when the
    /// window has no speaker or the choice is doubtful.
    static func latestSpeaker(among compatible: [Antecedent], before sentence: Int, gender: Gender, referents: [Referent],
                              document: Document) -> Antecedent? {
        guard let speaker = compatible.last(where: { isSpeaker($0.range, document: document) }) else { return nil }
        let movedOn = compatible.contains {
            $0.sentence > speaker.sentence && $0.referent != speaker.referent
                && ($0.sentence == sentence || opensSentence($0.range, document: document))
        }
        let betterKnown = referents[speaker.referent].gender != gender
            && compatible.contains { $0.referent != speaker.referent && referents[$0.referent].gender == gender }
        return movedOn || betterKnown ? nil : speaker
    }
}
