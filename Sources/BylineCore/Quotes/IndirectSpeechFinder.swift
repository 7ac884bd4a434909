/// Finds reported speech without quotation marks, read from the dependency parse: for every cue verb of a
/// sentence, the clause it reports (its `ccomp` on either side, "that" dropped: `S said (that) CONTENT`,
/// `S told Y CONTENT`, `CONTENT, S said`), else its `xcomp` or object after it (`S vowed to CONTENT`,
/// `S proposed CONTENT`; never the person told, nor a named entity: `S blamed the Harbor Board` reports
/// nothing), or, for a parenthetical cue (`CONTENT, S said, CONTENT`),
/// the clause it interrupts; where the parse gives none, a "that" a few words after the cue starts the
/// content (`S said at a briefing that CONTENT`); and
/// `according to S, CONTENT` / `CONTENT, according to S`. The speaker is the cue's subject (through a
/// participle to its clause's: `..., saying CONTENT`). Content stops before a direct quotation, which
/// stays a quotation of its own; a sentence may hold several reports.
struct IndirectSpeechFinder {
    /// One reported statement.
    struct Report: Hashable {
        var range: TextRange
        var attribution: Attribution
    }

    let attributor: SpeakerAttributor
    /// The fewest tokens reported content has.
    static let minimumContent = 2

    var context: QuoteContext { attributor.context }

    /// The reports of the article, in order.
    func reports() -> [Report] {
        context.document.article.sentences.flatMap { reports(in: $0.tokens) }
    }

    /// The reports of one sentence, in the order of their cues.
    func reports(in tokens: Range<Int>) -> [Report] {
        var found: [Report] = []
        for token in tokens where context.quote(at: token) == nil {
            if context.lower(token) == "according", context.lower(token + 1) == "to" {
                if let report = accordingTo(token, tokens: tokens) { found.append(report) }
            } else if attributor.cueVerb(token), let report = complementReport(cue: token, sentence: tokens) {
                found.append(report)
            }
        }
        return found
    }

    /// The report of a cue verb: its clausal complement after it, or the clause it is a parenthetical of.
    func complementReport(cue: Int, sentence: Range<Int>) -> Report? {
        let document = context.document
        let content: (first: Int, last: Int)
        let dependents = document.dependents(of: cue)
        let isTell = ReportingVerbs.entry(context.word(cue))?.lemma == "tell"
        let cueBounds = subtreeBounds(cue, within: sentence)
        if let complement = dependents.first(where: { document.universalRelation($0) == "ccomp" })
            ?? dependents.first(where: { $0 > cue && document.universalRelation($0) == "xcomp" })
            ?? dependents.first(where: { $0 > cue && document.deprel($0) == "obj" && !isTell && context.mention(at: $0) == nil }) {
            var bounds = subtreeBounds(complement, within: sentence)
            for object in dependents where object > cue && object < complement && document.deprel(object) == "obj" && !isTell {
                bounds.first = min(bounds.first, subtreeBounds(object, within: sentence).first)
            }
            content = complement > cue ? (max(bounds.first, cue + 1), bounds.last) : bounds
        } else if isParenthetical(cue), let head = document.head(cue) {
            let clause = subtreeBounds(head, within: sentence)
            content = cueBounds.last >= clause.last ? (clause.first, cueBounds.first - 1) : clause
        } else if let that = Range(window: cue + 1, upTo: min(sentence.upperBound, cue + 8)).first(where: { context.lower($0) == "that" }),
                  !(cue + 1..<that).contains(where: { context.document.isPunctuation($0) }) {
            content = (that + 1, sentence.upperBound - 1)
        } else {
            return nil
        }
        guard let range = trimmed(content.first, content.last) else { return nil }
        var found = speaker(of: cue) ?? Attribution(cue: document.range(cue), confidence: 0.3)
        found.confidence = min(found.confidence, found.hasSpeaker ? 0.7 : 0.3)
        return Report(range: range, attribution: found)
    }

    /// Whether a cue is set into the clause it reports (`CONTENT, S said`, `CONTENT, S said, CONTENT`): a
    /// parataxis, or an adverbial clause with a subject and no conjunction of its own ("after she said").
    func isParenthetical(_ cue: Int) -> Bool {
        let document = context.document
        switch document.universalRelation(cue) {
        case "parataxis": return true
        case "advcl":
            let dependents = document.dependents(of: cue)
            return dependents.contains { document.universalRelation($0) == "nsubj" } && !dependents.contains { document.deprel($0) == "mark" }
        default: return false
        }
    }

    /// The attribution of a cue's subject; a participle or infinitive without one ("..., saying",
    /// "went on to say") takes the subject of the verb it hangs from.
    func speaker(of cue: Int) -> Attribution? {
        var verb = cue
        for _ in 0..<2 {
            if let subject = attributor.clauseSubject(of: verb), context.quote(at: subject) == nil {
                return attributor.clauseAttribution(subject: subject, cue: cue, confidence: 0.7)
            }
            guard ["advcl", "xcomp", "conj"].contains(context.document.universalRelation(verb)), let head = context.document.head(verb) else {
                return nil
            }
            verb = head
        }
        return nil
    }

    /// The first and last token of a token's subtree inside a sentence.
    func subtreeBounds(_ token: Int, within sentence: Range<Int>) -> (first: Int, last: Int) {
        var first = token
        var last = token
        var pending = [token]
        var seen = 0
        while let next = pending.popLast(), seen < sentence.count {
            seen += 1
            for child in context.document.dependents(of: next) where sentence.contains(child) {
                first = min(first, child)
                last = max(last, child)
                pending.append(child)
            }
        }
        return (first, last)
    }

    /// The content span from `first` to `last` without a leading "that" or punctuation, trailing
    /// punctuation, or anything from the first direct quotation on; nil when under `minimumContent` words.
    func trimmed(_ first: Int, _ last: Int) -> TextRange? {
        var first = first
        var last = last
        while first <= last, context.lower(first) == "that" || context.document.isPunctuation(first) { first += 1 }
        guard first <= last, context.quote(at: first) == nil else { return nil }
        if let quoted = (first...last).first(where: { context.quote(at: $0) != nil }) { last = quoted - 1 }
        while last >= first, context.document.isPunctuation(last) || context.lower(last) == "and" { last -= 1 }
        guard last - first + 1 >= Self.minimumContent, !SpeakerLexicon.prepositions.contains(context.lower(first)) else { return nil }
        return context.document.span(first, last)
    }

    /// `according to S, CONTENT` or `CONTENT, according to S`.
    func accordingTo(_ token: Int, tokens: Range<Int>) -> Report? {
        guard let lastToken = tokens.last else { return nil }
        let end = context.isTerminal(lastToken) && context.quote(at: lastToken) == nil ? lastToken - 1 : lastToken
        var phraseEnd = token + 2
        while phraseEnd <= end, context.word(phraseEnd) != "," { phraseEnd += 1 }
        guard let speaker = attributor.phrase(startingAt: token + 2, limit: phraseEnd) else { return nil }
        let found = Attribution(speaker: speaker.entity, speakerMention: speaker.range, cue: context.document.span(token, token + 1),
                                confidence: speaker.confidence - 0.1)
        if token == tokens.lowerBound, phraseEnd < end, let range = trimmed(phraseEnd + 1, end) {
            return Report(range: range, attribution: found)
        }
        if token - 2 >= tokens.lowerBound, context.word(token - 1) == ",", let range = trimmed(tokens.lowerBound, token - 2) {
            return Report(range: range, attribution: found)
        }
        return nil
    }
}
