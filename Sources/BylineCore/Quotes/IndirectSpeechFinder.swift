/// Finds reported speech without quotation marks, read from the dependency parse. A cue is a verb of the
/// hand-written reporting verbs or of the cue inventory learned from annotated news (`LearnedCues`:
/// "praised", "vowed", "called for"); its report is its clausal complement before it (`CONTENT, S said`),
/// else everything it governs after it as complement, object or argument (`S said (that) CONTENT`, `S told
/// Y CONTENT`, `S vowed to CONTENT`, `S called for CONTENT`, `S accused Y of CONTENT`; never the person told,
/// a named entity as the object, the agent of a passive, nor the time or occasion: `S said on Monday in a
/// statement`), or, for a
/// parenthetical cue (`CONTENT, S said, CONTENT`), the clause it interrupts; where the parse gives none, a
/// "that" a few words after the cue starts the content (`S said at a briefing that CONTENT`). Any other
/// verb whose subject can speak (a person, organization, group or personal pronoun) reports the clause it
/// takes (`S feels CONTENT`: attitudes), with less confidence. And
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

    /// How a verb introduces reported content.
    enum CueKind {
        /// A reporting verb, hand-written or learned: any complement after it is reported.
        case reporting
        /// Another verb with a subject that can speak: only its clause is reported (an infinitive after it
    /// is what the subject does, `S chose to side with Y`, no statement).
        case attitude
    }

    /// The relations by which a reporting verb governs what it reports after it.
    static let contentRelations: Set<Substring> = ["ccomp", "xcomp", "obj", "obl", "advcl"]

    /// The heads of obliques that give the time, place or occasion of speaking rather than what was said
    /// ("in a statement", "at a rally", "on Monday").
    static let occasions: Set<String> = [
        "statement", "interview", "speech", "rally", "debate", "conference", "briefing", "call", "event", "meeting",
        "appearance", "remarks", "hearing", "address", "session", "visit", "stop", "program", "show", "letter",
        "release", "post", "tweet", "email", "op-ed", "opinion", "article", "radio", "television", "podcast",
    ]

    /// The reports of one sentence, in the order of their cues.
    func reports(in tokens: Range<Int>) -> [Report] {
        var found: [Report] = []
        var spans: SubtreeSpans?
        for token in tokens where context.quote(at: token) == nil {
            if context.lower(token) == "according", context.lower(token + 1) == "to" {
                if let report = accordingTo(token, tokens: tokens) { found.append(report) }
            } else if let kind = cueKind(token) {
                let sentenceSpans = spans ?? SubtreeSpans(context.document, sentence: tokens)
                spans = sentenceSpans
                if let report = complementReport(cue: token, kind: kind, spans: sentenceSpans) { found.append(report) }
            }
        }
        return found
    }

    /// Whether and how a token introduces reported content: a reporting verb (hand-written or learned),
    /// or a verb with a clause or infinitive after it whose subject can speak.
    func cueKind(_ token: Int) -> CueKind? {
        let document = context.document
        guard document.upos(token) == .verb else { return nil }
        if attributor.cueVerb(token) || LearnedCues.bundled.startsCue(at: token, in: document) { return .reporting }
        guard document.dependents(of: token).contains(where: { $0 > token && document.universalRelation($0) == "ccomp" }),
              let subject = attributor.clauseSubject(of: token), context.quote(at: subject) == nil,
              attributor.canSpeak(subject) else { return nil }
        return .attitude
    }

    /// The report of a cue verb: its clausal complement before it, what it governs after it, or the clause
    /// it is a parenthetical of.
    func complementReport(cue: Int, kind: CueKind, spans: SubtreeSpans) -> Report? {
        let document = context.document
        let sentence = spans.sentence
        let content: (first: Int, last: Int)
        let dependents = document.dependents(of: cue)
        let isTell = ReportingVerbs.entry(context.word(cue))?.lemma == "tell"
        let after = dependents.filter { isContent($0, of: cue, kind: kind, isTell: isTell) }
        if let before = dependents.first(where: { $0 < cue && document.universalRelation($0) == "ccomp" }), kind == .reporting {
            content = spans.bounds(before)
        } else if let firstChild = after.first, let lastChild = after.last {
            content = (max(spans.bounds(firstChild).first, cue + 1), spans.bounds(lastChild).last)
        } else if kind == .attitude {
            return nil
        } else if isParenthetical(cue), let head = document.head(cue) {
            let clause = spans.bounds(head)
            let cueBounds = spans.bounds(cue)
            content = cueBounds.last >= clause.last ? (clause.first, cueBounds.first - 1) : clause
        } else if let that = Range(window: cue + 1, upTo: min(sentence.upperBound, cue + 8)).first(where: { context.lower($0) == "that" }),
                  !(cue + 1..<that).contains(where: { context.document.isPunctuation($0) }) {
            content = (that + 1, sentence.upperBound - 1)
        } else {
            return nil
        }
        guard let range = trimmed(content.first, content.last) else { return nil }
        var found = speaker(of: cue) ?? Attribution(cue: document.range(cue), confidence: 0.3)
        let ceiling = kind == .reporting ? 0.7 : 0.5
        found.confidence = min(found.confidence, found.hasSpeaker ? ceiling : 0.3)
        return Report(range: range, attribution: found)
    }

    /// Whether a dependent after a cue is part of what it reports: a clause, infinitive, object or
    /// argument of a reporting verb (not the person told, a named entity as its object, the time or
    /// occasion, nor a participle cue that reports on its own: `…, saying CONTENT`); only a clause of an
    /// attitude verb.
    func isContent(_ dependent: Int, of cue: Int, kind: CueKind, isTell: Bool) -> Bool {
        let document = context.document
        guard dependent > cue else { return false }
        let relation = document.universalRelation(dependent)
        switch kind {
        case .attitude:
            return relation == "ccomp"
        case .reporting:
            guard Self.contentRelations.contains(relation), !isParticipleCue(dependent) else { return false }
            if relation == "obj" || document.deprel(dependent) == "iobj" {
                return !isTell && context.mention(at: dependent) == nil
            }
            if relation == "obl" { return document.deprel(dependent) != "obl:agent" && !isOccasion(dependent) }
            if relation == "advcl" { return cueKind(dependent) == nil }
            return true
        }
    }

    /// Whether a token is a reporting verb in -ing without a subject of its own (`adding`, `saying`),
    /// which reports on its own whatever relation the parse gave it.
    func isParticipleCue(_ token: Int) -> Bool {
        context.lower(token).hasSuffix("ing") && cueKind(token) == .reporting && subject(of: token) == nil
    }

    /// Whether an oblique gives a time, place or occasion: a date or place mention, a time word or an
    /// occasion as its head ("on Monday", "in Ohio", "at a rally").
    func isOccasion(_ token: Int) -> Bool {
        let word = context.lower(token)
        if SpeakerLexicon.timeWords.contains(word) || Self.occasions.contains(word) { return true }
        guard let mention = context.mention(at: token) else { return false }
        return [.date, .place].contains(context.entities[mention.entity].kind)
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
    /// "went on to say", whatever relation the parse gave it) takes the subject of the verb it hangs from
    /// (over a noun the parse hung it from: `S waved his hands and declared CONTENT`), and a verb inside a quotation that
    /// of the cue set into it (`"…," she said, adding CONTENT`). A relative pronoun subject is the speaker
    /// mention and its antecedent the speaker (`Vale, who said CONTENT`).
    func speaker(of cue: Int) -> Attribution? {
        let document = context.document
        var verb = cue
        for _ in 0..<3 {
            if let subject = subject(of: verb), context.quote(at: subject) == nil {
                var found = attributor.clauseAttribution(subject: subject, cue: cue, confidence: 0.7)
                if let relative = document.dependents(of: verb).first(where: {
                    document.deprel($0) == "nsubj" && SpeakerLexicon.relativePronouns.contains(context.lower($0))
                }), found?.speaker != nil {
                    found?.speakerMention = document.range(relative)
                }
                return found
            }
            if let inserted = document.dependents(of: verb).first(where: {
                $0 != cue && document.universalRelation($0) == "parataxis" && attributor.cueVerb($0) && context.quote(at: $0) == nil
            }), let subject = subject(of: inserted), context.quote(at: subject) == nil {
                return attributor.clauseAttribution(subject: subject, cue: cue, confidence: 0.7)
            }
            let climbs = ["advcl", "xcomp", "conj", "ccomp", "parataxis"].contains(document.universalRelation(verb))
                || verb != cue && document.upos(verb) != .verb
            guard climbs, let head = document.head(verb) else {
                return nil
            }
            verb = head
        }
        return nil
    }

    /// Who a verb's action is by: its subject (`SpeakerAttributor.clauseSubject`); the agent of a
    /// passive ("was criticized by Y"); for a verb in -ing, a subject the parse took for a passive one
    /// ("Vale is pledging": no passive has a present participle); for a verb modifying a noun, that noun
    /// when the verb is in -ing ("a group backing Y") or set off by a comma ("Vale, a lawyer, recalled", a
    /// subject the parse took for a modified noun).
    func subject(of verb: Int) -> Int? {
        let document = context.document
        if let subject = attributor.clauseSubject(of: verb) { return subject }
        let dependents = document.dependents(of: verb)
        if let agent = dependents.first(where: { document.deprel($0) == "obl:agent" }) { return agent }
        let participle = context.lower(verb).hasSuffix("ing")
        if participle, let subject = dependents.first(where: { document.deprel($0) == "nsubj:pass" }) { return subject }
        guard document.deprel(verb) == "acl", let head = document.head(verb), head < verb,
              participle || context.word(verb - 1) == "," else { return nil }
        return head
    }

    /// The content span from `first` to `last` without a leading "that", preposition of the content's
    /// own first phrase ("called for [a recount]") or punctuation, trailing
    /// punctuation, or anything from the first direct quotation or quotation mark on (a mark the quotation
    /// finder left unpaired too); nil when under `minimumContent` words.
    func trimmed(_ first: Int, _ last: Int) -> TextRange? {
        var first = first
        var last = last
        while first <= last, context.lower(first) == "that" || context.document.isPunctuation(first)
                || context.document.universalRelation(first) == "case" && context.document.head(first).map({ $0 > first && $0 <= last }) == true {
            first += 1
        }
        let isQuoted = { (token: Int) in context.quote(at: token) != nil || context.document.kind(token) == .quote }
        guard first <= last, !isQuoted(first) else { return nil }
        if let quoted = (first...last).first(where: isQuoted) { last = quoted - 1 }
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
