/// Finds who said each direct quotation, reading the cue verb's subject rather than the nearest name.
///
/// In order of preference:
/// 0. The source its sentence cites with "according to" (`"…," S said, according to R` is R's).
/// 1. After the quotation: `Q, S V` ("…,” the minister said, "…,” veteran analyst Ana Ruiz wrote, and with
///    any verb that ends the clause: "…?” the host pressed) or `Q, V S` ("…,” said Ana Ruiz), and the
///    dash form `Q — S`. After a quotation that ends its sentence only a bare `S V.` counts.
/// 2. Before it, in the same sentence: the nearest cue verb and its subject (`S V, Q`, `S V: Q`,
///    `S V that … Q`, the mixed `S V … "partial"`), stepping over appositions and parentheticals
///    (`S, a former director of Y, said`); `according to S`; `From S: Q`. A participle cue (`adding,`
///    `saying,` `referring to X as`) takes the subject of the sentence's earlier cue or its first named
///    subject.
///    A quotation alone in its paragraph and signed on the next line (`- Ana Ruiz.`) is that person's.
/// 3. Continuation: a quotation alone in its sentence, or after a participle cue with no subject of its
///    own, keeps the previous quotation's speaker when little narrative without other people lies
///    between them (same or next paragraph).
/// Anything else (scare quotes, titles of works) gets no speaker and a low confidence.
struct SpeakerAttributor {
    let context: QuoteContext

    /// For each lower-cased word, the tokens where it stands right before a person's name, with that
    /// person, in text order: how `resolveTitle` finds who an earlier "President X" made the president.
    let namesAfterWord: [String: [(token: Int, entity: Int)]]
    /// The "with" of every "interview with" outside quotations, in text order (found once rather than
    /// by a scan of the cue's sentence for every cue).
    let interviewWiths: [Int]

    init(context: QuoteContext) {
        self.context = context
        interviewWiths = (0..<context.count).filter {
            context.lower($0) == "with" && context.lower($0 - 1) == "interview" && context.quote(at: $0) == nil
        }
        var namesAfterWord: [String: [(token: Int, entity: Int)]] = [:]
        for token in 0..<max(0, context.count - 1) {
            if let mention = context.mention(at: token + 1), mention.form == .name,
               context.entities[mention.entity].kind == .person {
                namesAfterWord[context.lower(token), default: []].append((token, mention.entity))
            }
        }
        self.namesAfterWord = namesAfterWord
    }

    /// The attribution of every direct quotation of the context, in order.
    func attributeAll() -> [Attribution] {
        var results: [Attribution] = []
        for (position, span) in context.spans.enumerated() {
            var found = attribute(span)
            if !found.hasSpeaker, position > 0, let previous = results.last, previous.hasSpeaker,
               mayContinue(from: context.spans[position - 1], previous: previous, to: span, found: found) {
                found = Attribution(speaker: previous.speaker, speakerMention: previous.speakerMention,
                                    cue: found.cue ?? previous.cue, confidence: 0.6)
            }
            results.append(found)
        }
        return results
    }

    /// The attribution a quotation's own sentence gives it: the source its sentence cites with "according
    /// to", else the speaker its cue names.
    func attribute(_ span: QuoteFinder.Span) -> Attribution {
        citedSource(of: span) ?? cuedSpeaker(of: span)
    }

    /// `"…," Cole said, according to the agency's report.` and `According to the report, Cole said "…"`:
    /// the narrator's cited source is credited with the quotation (news attribution names who the
    /// reporter has it from), over the person the source quotes. An "according to" after a quotation that
    /// ends its sentence belongs to the next sentence.
    func citedSource(of span: QuoteFinder.Span) -> Attribution? {
        let windows = context.endsSentence(span) ? [context.windowBefore(span)] : [context.windowAfter(span), context.windowBefore(span)]
        for window in windows {
            guard let last = window.last else { continue }
            for position in window.indices.dropLast(2)
            where context.lower(window[position]) == "according" && context.lower(window[position + 1]) == "to" {
                guard let speaker = phrase(startingAt: window[position + 2], limit: last + 1) else { return nil }
                return Attribution(speaker: speaker.entity, speakerMention: speaker.range,
                                   cue: context.document.span(window[position], window[position + 1]),
                                   confidence: speaker.confidence - 0.05)
            }
        }
        return nil
    }

    /// The speaker the quotation's cue names, before or after it, or the subject of the clause governing it.
    func cuedSpeaker(of span: QuoteFinder.Span) -> Attribution {
        if let found = afterQuote(span, window: context.windowAfter(span)) { return found }
        let window = context.windowBefore(span)
        let before = beforeQuote(span, window: window)
        if let before, before.hasSpeaker { return before }
        if window.isEmpty, let signed = signatureLine(after: span) { return signed }
        return governingClause(of: span) ?? before ?? .unattributed
    }

    /// Whether the cue word at `token` introduces speech here: a lowercase reporting verb not used as a
    /// noun (after a determiner or a possessive), a bare lemma only after a modal ("will say"), noisy
    /// verbs only when `adjacent` to the quotation.
    func cue(_ token: Int, adjacent: Bool) -> ReportingVerbs.Entry? {
        guard token >= 0, token < context.count, context.document.kind(token) == .word, context.isLowercase(token),
              let entry = ReportingVerbs.entry(context.word(token)), !isNounLike(token) else { return nil }
        let previous = context.lower(token - 1)
        if SpeakerLexicon.determiners.contains(previous) || context.document.kind(max(token - 1, 0)) == .clitic { return nil }
        if entry.form == .base, !SpeakerLexicon.modals.contains(previous) { return nil }
        return ReportingVerbs.isNoisy(entry.lemma) && !adjacent ? nil : entry
    }

    /// Whether the parse tags a token as a noun, adjective or other word that is no verb ("the flurry of
    /// tweets"); false without a syntax layer.
    func isNounLike(_ token: Int) -> Bool {
        guard let upos = context.document.upos(token) else { return false }
        return [.noun, .properNoun, .adjective, .adposition, .determiner, .pronoun, .numeral].contains(upos)
    }

    /// `Q, S V` / `Q, V S` / `Q — S` after the quotation.
    func afterQuote(_ span: QuoteFinder.Span, window: [Int]) -> Attribution? {
        var position = 0
        var dashed = false
        while position < window.count, context.isCommaOrDash(window[position]) {
            dashed = dashed || context.document.article.tokens[window[position]].kind == .dash
            position += 1
        }
        guard position < window.count, let last = window.last else { return nil }
        let first = window[position]
        guard cue(first, adjacent: true) != nil || !SpeakerLexicon.functionWords.contains(context.lower(first))
                || SpeakerLexicon.personalPronouns.contains(context.lower(first)) else { return nil }
        let limit = last + 1
        let strict = context.endsSentence(span) && context.document.isCapitalized(first)
        if context.lower(first) == "according", context.lower(first + 1) == "to", !strict,
           let speaker = phrase(startingAt: first + 2, limit: limit) {
            return Attribution(speaker: speaker.entity, speakerMention: speaker.range, cue: context.document.span(first, first + 1),
                               confidence: speaker.confidence - 0.05)
        }
        if let entry = cue(first, adjacent: true), entry.form == .finite, !strict || !reportsContent(first, limit: limit),
           let speaker = phrase(startingAt: first + 1, limit: limit) {
            return attribution(speaker, cue: first, lemma: entry.lemma, limit: limit, adjacent: true)
        }
        for verb in Range(window: first, upTo: min(limit, first + 14)) {
            let entry = cue(verb, adjacent: true) ?? clauseFinalCue(verb, limit: limit)
            if entry?.form == .participle { continue }
            guard entry != nil || closingVerb(verb, limit: limit, after: span, strict: strict) else { continue }
            guard let found = subject(before: verb, floor: first), let speaker = opening(found, at: first, widening: !strict) else {
                if entry == nil { continue }
                return nil
            }
            if strict, reportsContent(verb, limit: limit) { return nil }
            return attribution(speaker, cue: verb, lemma: entry?.lemma ?? context.lower(verb), limit: limit, adjacent: true)
        }
        if dashed, !strict, let speaker = phrase(startingAt: first, limit: limit), speaker.entity != nil {
            return Attribution(speaker: speaker.entity, speakerMention: speaker.range, confidence: 0.8)
        }
        return nil
    }

    /// Whether a cue after a quotation that ends its sentence reports content of its own, so starts a new
    /// statement rather than attributing the quotation: a clausal complement in the parse ("Cole said the
    /// plan failed") or a "that" after it; without a syntax layer, any long clause after it.
    func reportsContent(_ verb: Int, limit: Int) -> Bool {
        if Range(window: verb + 1, upTo: limit).contains(where: { context.lower($0) == "that" }) { return true }
        guard context.document.upos(verb) != nil else { return limit - verb > 5 }
        return context.document.dependents(of: verb).contains { $0 > verb && context.document.universalRelation($0) == "ccomp" }
    }

    /// The nearest cue before the quotation in its sentence, and that cue's subject.
    func beforeQuote(_ span: QuoteFinder.Span, window: [Int]) -> Attribution? {
        guard let floor = window.first, let last = window.last else { return nil }
        for position in window.indices.reversed() {
            let token = window[position]
            if context.lower(token) == "according", position + 2 < window.count, context.lower(window[position + 1]) == "to" {
                guard let speaker = phrase(startingAt: window[position + 2], limit: last + 1) else { return nil }
                return Attribution(speaker: speaker.entity, speakerMention: speaker.range,
                                   cue: context.document.span(token, token + 1), confidence: speaker.confidence - 0.05)
            }
            let adjacent = position >= window.count - 3
            guard let entry = cue(token, adjacent: adjacent) else { continue }
            switch entry.form {
            case .finite, .base:
                if let speaker = subject(before: token, floor: floor) {
                    if !adjacent || startsLowercase(span), let outer = outerCue(of: token, floor: floor) {
                        return attribution(outer.speaker, cue: outer.cue, lemma: outer.lemma, limit: span.opening, adjacent: false)
                    }
                    return attribution(speaker, cue: token, lemma: entry.lemma, limit: span.opening, adjacent: adjacent)
                }
                if position == 0, let speaker = phrase(startingAt: token + 1, limit: last + 1) {
                    return attribution(speaker, cue: token, lemma: entry.lemma, limit: span.opening, adjacent: adjacent)
                }
                return Attribution(cue: context.document.range(token), confidence: 0.2)
            case .participle:
                if let governed = participleAttribution(token), governed.hasSpeaker { return governed }
                let earlier = Array(window[..<position])
                if let inherited = beforeQuote(span, window: earlier.filter { cue($0, adjacent: false)?.form != .participle }),
                   inherited.hasSpeaker {
                    var result = inherited
                    result.cue = context.document.range(token)
                    result.addressee = nil
                    result.addresseeMention = nil
                    result.confidence = min(inherited.confidence, 0.75)
                    return result
                }
                if let named = firstSubject(in: earlier) {
                    return Attribution(speaker: named.entity, speakerMention: named.range, cue: context.document.range(token),
                                       confidence: 0.6)
                }
                return Attribution(cue: context.document.range(token), confidence: 0.2)
            }
        }
        return colonAttribution(window)
    }

    /// Whether the quotation's first word is lower-case: a fragment worked into the narrator's sentence
    /// rather than a statement of its own.
    func startsLowercase(_ span: QuoteFinder.Span) -> Bool {
        let first = span.opening + 1
        return first < span.closing && context.document.kind(first) == .word && context.isLowercase(first)
    }

    /// The cue whose reported clause holds the cue at `inner`, with its subject: `Vale said the mayor will
    /// offer "a prayer"` is Vale's words about the mayor, so a fragment (or a quotation away from the inner
    /// cue) is credited to the reporting clause's subject. The lowest cue verb above `inner` in the parse
    /// that the path reaches through a clausal complement; nil without a syntax layer.
    func outerCue(of inner: Int, floor: Int) -> (cue: Int, speaker: SpeakerPhrase, lemma: String)? {
        let document = context.document
        var node = inner
        for _ in 0..<Self.clauseClimb {
            guard let up = document.head(node), up >= floor, up < inner, context.quote(at: up) == nil else { return nil }
            if document.universalRelation(node) == "ccomp", let entry = cue(up, adjacent: false), entry.form == .finite,
               let speaker = subject(before: up, floor: floor) {
                return (up, speaker, entry.lemma)
            }
            node = up
        }
        return nil
    }

    /// `From S: Q` and `S: Q`.
    func colonAttribution(_ window: [Int]) -> Attribution? {
        guard let last = window.last, context.word(last) == ":", let first = window.first else { return nil }
        let start = context.lower(first) == "from" ? first + 1 : first
        guard start < last, let speaker = phrase(startingAt: start, limit: last),
              context.document.tokens(in: speaker.range).upperBound == last, speaker.entity != nil else { return nil }
        return Attribution(speaker: speaker.entity, speakerMention: speaker.range, confidence: 0.75)
    }

    /// The first person, organization or group named in a window that no preposition governs.
    func firstSubject(in window: [Int]) -> SpeakerPhrase? {
        for token in window {
            guard let mention = context.mention(at: token), mention.form == .name,
                  context.document.firstToken(atOrAfter: mention.range.start) == token else { continue }
            let kind = context.entities[mention.entity].kind
            let previous = context.lower(token - 1)
            let governed = SpeakerLexicon.functionWords.contains(previous) && previous != "and"
            if [.person, .organization, .group].contains(kind), !governed {
                let end = mention.tokens.upperBound - 1
                return phrase(endingAt: end, floor: token)
            }
        }
        return nil
    }

    /// An attribution from a speaker phrase and its cue, with the addressee: the object of "tell", the
    /// phrase after "said to", or after "in an interview with" in the cue's sentence.
    func attribution(_ speaker: SpeakerPhrase, cue: Int, lemma: String, limit: Int, adjacent: Bool) -> Attribution {
        var result = Attribution(speaker: speaker.entity, speakerMention: speaker.range, cue: context.document.range(cue),
                                 confidence: adjacent ? speaker.confidence : speaker.confidence - 0.1)
        let target = lemma == "tell" ? cue : context.lower(cue + 1) == "to" ? cue + 1 : interviewWith(near: cue)
        if let target, let addressee = addressee(after: target, limit: max(limit, target + 1)) {
            result.addressee = addressee.entity
            result.addresseeMention = addressee.range
        }
        return result
    }

    /// The "with" of "in an interview with" in the cue's sentence, if there is one.
    func interviewWith(near cue: Int) -> Int? {
        let sentence = context.document.sentenceIndex(of: cue)
        guard context.document.article.sentences.indices.contains(sentence) else { return nil }
        let tokens = context.document.article.sentences[sentence].tokens
        let first = interviewWiths.partitioningIndex { $0 >= tokens.lowerBound }
        return first < interviewWiths.count && interviewWiths[first] < tokens.upperBound ? interviewWiths[first] : nil
    }

    /// Whether a quotation without its own speaker continues the previous one's: it stands alone in its
    /// sentence or follows a participle cue, in the same or the next paragraph, and either opens the
    /// sentence after the previous quotation's (whatever the length of that sentence's attribution:
    /// `"…," said Ana Ruiz, a lawyer who … . "…"`) or follows a short stretch of narrative. Narrative past
    /// the previous quotation's sentence names no other person.
    func mayContinue(from previous: QuoteFinder.Span, previous attribution: Attribution, to span: QuoteFinder.Span,
                     found: Attribution) -> Bool {
        let after = context.endsSentence(span) ? [] : context.windowAfter(span)
        let alone = !(context.windowBefore(span) + after).contains { context.document.kind($0) == .word }
        guard alone || found.cue != nil else { return false }
        let previousParagraph = context.paragraphStart(of: previous.closing)
        let paragraph = context.paragraphStart(of: span.opening)
        guard paragraph == previousParagraph || context.paragraphEnd(of: previous.closing) == paragraph else { return false }
        let between = (previous.closing + 1)..<span.opening
        let attributionEnd = context.sentenceTokens(of: previous.closing).upperBound
        let nextSentence = context.document.sentenceIndex(of: span.opening) <= context.document.sentenceIndex(of: previous.closing) + 1
        guard between.count <= 14 || nextSentence else { return false }
        return !between.contains { token in
            guard token >= attributionEnd else { return false }
            guard let mention = context.mention(at: token) else { return false }
            return context.entities[mention.entity].kind == .person && mention.entity != attribution.speaker
        }
    }
}
