extension SpeakerAttributor {
    /// How many heads the climb from a quotation to its speaker's clause reads at most.
    static let clauseClimb = 8

    /// The speaker of a quotation set inside a clause of the narrative, read from the dependency tree:
    /// the subject of the clause governing the quotation (`Vale called the plan "a gold standard"`,
    /// `Vale has pledged to "cancel" the deal`), through a relative clause to its antecedent (`Vale, who
    /// told a paper the mayor could be "removed"`). The lowest governing cue verb with a subject wins;
    /// without one, the lowest governing clause whose subject can speak (a person, organization or group,
    /// or a personal pronoun; any subject before a colon that leads in the quotation: `the letter makes
    /// its case: "…"`). A quotation holding its clause's verb (`Vale "strongly opposes" it`) takes
    /// that verb's subject. A cue verb whose subject cannot speak (`a platform that calls for "…"`) gives way to
    /// a higher one whose subject can (`he said he wants a platform that calls for "…"`). Nil without a
    /// syntax layer or a subject.
    func governingClause(of span: QuoteFinder.Span) -> Attribution? {
        let document = context.document
        let marks = span.opening...span.closing
        let inner = (span.opening + 1)..<span.closing
        let outward = { (token: Int) -> Int? in
            guard let head = document.head(token), !marks.contains(head) else { return nil }
            return head
        }
        guard let attached = inner.lazy.filter({ document.universalRelation($0) != "punct" }).compactMap(outward).first
                ?? outward(span.opening) else {
            guard let root = inner.first(where: { document.deprel($0) == "root" }) else { return predicateSubject(of: span) }
            return predicateSubject(of: span) ?? climb(from: root, afterColon: false)
        }
        return climb(from: attached, afterColon: context.word(span.opening - 1) == ":")
    }

    /// The climb of `governingClause` from the token a quotation hangs from (or the root inside it, for a
    /// quotation that holds its sentence's main clause: `Sales were "flat for a month" as buyers waited, she
    /// said`, where the cue is a parenthetical beside the root). A possessive that can speak on a noun the
    /// quotation hangs from (`his call for "a total ban"`, `her remark that "…"`) is the speaker only when no
    /// clause above offers one; a common noun subject of a learned cue (`the protesters chanted "…"`, but
    /// not `many saw it as a "triumph"`) only when nothing else does, with little confidence.
    func climb(from attached: Int, afterColon: Bool) -> Attribution? {
        let document = context.document
        var node = attached
        var fallback: (subject: Int, verb: Int)?
        var mute: (subject: Int, verb: Int)?
        var possessor: Int?
        var nominal: (subject: Int, verb: Int)?
        for _ in 0..<Self.clauseClimb {
            if possessor == nil, [.noun, .properNoun].contains(document.upos(node)),
               let owner = document.dependents(of: node).first(where: { document.deprel($0) == "nmod:poss" }),
               context.quote(at: owner) == nil, canSpeak(owner) || SpeakerLexicon.possessivePronouns.contains(context.lower(owner)) {
                possessor = owner
            }
            if let subject = clauseSubject(of: node), context.quote(at: subject) == nil {
                if cueVerb(node) {
                    if canSpeak(subject) { return clauseAttribution(subject: subject, cue: node, confidence: 0.75) }
                    if mute == nil { mute = (subject, node) }
                }
                if fallback == nil, canSpeak(subject) || afterColon { fallback = (subject, node) }
                if nominal == nil, isNominal(subject), LearnedCues.bundled.startsCue(at: node, in: document) { nominal = (subject, node) }
            }
            for child in document.dependents(of: node) where document.universalRelation(child) == "parataxis" && cueVerb(child) {
                if let subject = clauseSubject(of: child) { return clauseAttribution(subject: subject, cue: child, confidence: 0.75) }
            }
            guard let up = document.head(node) else { break }
            node = up
        }
        if let mute { return clauseAttribution(subject: mute.subject, cue: mute.verb, confidence: 0.75) }
        if let fallback { return clauseAttribution(subject: fallback.subject, cue: nil, confidence: 0.6, clause: fallback.verb) }
        if let possessor { return clauseAttribution(subject: possessor, cue: nil, confidence: 0.6) }
        return nominal.flatMap { clauseAttribution(subject: $0.subject, cue: nil, confidence: 0.4, clause: $0.verb) }
    }

    /// Whether a subject is a noun phrase that may stand for whoever speaks ("the protesters chanted", "the
    /// ad claims"): a common or proper noun outside quotations, no date.
    func isNominal(_ subject: Int) -> Bool {
        guard [.noun, .properNoun].contains(context.document.upos(subject)), context.quote(at: subject) == nil else { return false }
        return context.mention(at: subject).map { context.entities[$0.entity].kind != .date } ?? true
    }

    /// The speaker of a participle cue (`…, saying "…"`, `with Vale noting "…"`): its own subject, else the
    /// subject of the clause it hangs from, climbing over adverbial, complement and coordinated clauses
    /// (`Vale has taken a swipe at the plan, saying "…"`). Nil without a syntax layer.
    func participleAttribution(_ participle: Int) -> Attribution? {
        let document = context.document
        var node = participle
        for _ in 0..<Self.clauseClimb {
            if let subject = clauseSubject(of: node), context.quote(at: subject) == nil {
                return clauseAttribution(subject: subject, cue: participle, confidence: 0.75, clause: node)
            }
            guard ["advcl", "xcomp", "conj", "acl"].contains(document.universalRelation(node)), let up = document.head(node),
                  context.quote(at: up) == nil else { return nil }
            node = up
        }
        return nil
    }

    /// The relative pronoun that is a clause's subject ("Vale, who told …"), through coordinated verbs as
    /// `clauseSubject` reads them.
    func relativeSubject(of verb: Int) -> Int? {
        guard let subject = subjectDependent(of: verb)?.subject,
              SpeakerLexicon.relativePronouns.contains(context.lower(subject)) else { return nil }
        return subject
    }

    /// A verb's `nsubj` (not a passive one) with the verb that has it: its own, or, for a verb joined to
    /// another without a subject of its own ("praised the deal and called it ..."), the first verb's. The
    /// parser often reads a progressive as a passive ("Vale is praising the plan": `nsubj:pass`, `aux:pass`);
    /// an "-ing" verb's passive subject is its subject.
    func subjectDependent(of verb: Int) -> (subject: Int, verb: Int)? {
        let document = context.document
        var verb = verb
        for _ in 0..<3 {
            let progressive = context.lower(verb).hasSuffix("ing")
            if let subject = document.dependents(of: verb).first(where: {
                document.deprel($0) == "nsubj" || (progressive && document.deprel($0) == "nsubj:pass")
            }) {
                return (subject, verb)
            }
            guard document.deprel(verb) == "conj", let head = document.head(verb) else { return nil }
            verb = head
        }
        return nil
    }

    /// `S "predicate"`: the subject outside the quotation of a verb inside it.
    func predicateSubject(of span: QuoteFinder.Span) -> Attribution? {
        let document = context.document
        for token in (span.opening + 1)..<span.closing {
            guard let subject = document.dependents(of: token).first(where: {
                ($0 < span.opening || $0 > span.closing) && document.deprel($0) == "nsubj"
            }), canSpeak(subject) else { continue }
            return clauseAttribution(subject: subject, cue: nil, confidence: 0.6)
        }
        return nil
    }

    /// The subject of a clause: its `nsubj` (not a passive one), the antecedent of a relative pronoun
    /// subject ("Vale, who told ..."), or, for a verb joined to another without a subject of its own
    /// ("praised the deal and called it ..."), the first verb's subject.
    func clauseSubject(of verb: Int) -> Int? {
        let document = context.document
        guard let (subject, verb) = subjectDependent(of: verb) else { return nil }
        guard SpeakerLexicon.relativePronouns.contains(context.lower(subject)) else { return subject }
        if document.deprel(verb) == "acl:relcl" { return document.head(verb) }
        var antecedent = subject - 1
        while context.isCommaOrDash(antecedent) { antecedent -= 1 }
        return antecedent < subject - 1 || document.upos(antecedent) == .properNoun ? antecedent : subject
    }

    /// Whether a token is a reporting verb used as a verb.
    func cueVerb(_ token: Int) -> Bool {
        guard let upos = context.document.upos(token), upos == .verb else { return false }
        return ReportingVerbs.entry(context.word(token)) != nil
    }

    /// Whether a subject token can be a speaker: a person, organization or group mention, or a personal
    /// pronoun.
    func canSpeak(_ subject: Int) -> Bool {
        if let mention = nameMention(of: subject) {
            return [.person, .organization, .group].contains(context.entities[mention.entity].kind)
        }
        return SpeakerLexicon.speakingPronouns.contains(context.lower(subject))
    }

    /// The entity mention a subject token stands for: its own, or that of the name its title or
    /// descriptor heads in the parse ("Senator Ada Vale", "campaign chairman Tom Ruiz"), a person's before
    /// any other ("the Dutch Ambassador, Ada Vale" is Vale, not the Netherlands).
    func nameMention(of subject: Int) -> MentionLayer.Ref? {
        if let mention = context.mention(at: subject) { return mention }
        let named = context.document.dependents(of: subject).filter { ["flat", "compound", "appos"].contains(context.document.deprel($0)) }
            .compactMap { context.mention(at: $0) }
        return named.first { context.entities[$0.entity].kind == .person } ?? named.first
    }

    /// The attribution naming the phrase a subject token heads. When the subject stands for a relative
    /// pronoun of the clause (`clause`, else the cue: "Vale, who told …"), the pronoun is the speaker's
    /// mention, with the antecedent's entity (a nominal antecedent keeps its phrase, through the pronoun).
    func clauseAttribution(subject: Int, cue: Int?, confidence: Double, clause: Int? = nil) -> Attribution? {
        guard let speaker = subjectPhrase(subject) else { return nil }
        var mention = speaker.range
        if let verb = clause ?? cue, let relative = relativeSubject(of: verb), relative != subject,
           let pronoun = context.document.range(relative) {
            mention = speaker.entity != nil || pronoun.start < speaker.range.start
                ? pronoun : TextRange(start: speaker.range.start, end: pronoun.end)
        }
        var result = Attribution(speaker: speaker.entity, speakerMention: mention, cue: cue.flatMap(context.document.range),
                                 confidence: confidence)
        if let cue, ReportingVerbs.entry(context.word(cue))?.lemma == "tell",
           let object = context.document.dependents(of: cue).first(where: { ["iobj", "obj"].contains(context.document.deprel($0)) }) {
            let (first, last) = phraseBounds(object)
            result.addresseeMention = context.document.span(first, last)
            result.addressee = nameMention(of: object)?.entity
        }
        return result
    }

    /// The speaker phrase a subject token heads: its entity mention (the linker's, for a pronoun too), a
    /// personal pronoun as written, or the noun phrase of its subtree with the organization named in it
    /// ("a spokeswoman for the agency").
    func subjectPhrase(_ subject: Int) -> SpeakerPhrase? {
        guard context.quote(at: subject) == nil, let range = context.document.range(subject) else { return nil }
        if let mention = nameMention(of: subject) {
            guard context.entities[mention.entity].kind != .date else { return nil }
            return SpeakerPhrase(tokens: min(subject, mention.tokens.lowerBound), max(subject, mention.tokens.upperBound - 1),
                                 entity: mention.entity, strength: mention.form == .name ? .name : .resolved, in: context.document)
        }
        if SpeakerLexicon.personalPronouns.contains(context.lower(subject)) {
            return SpeakerPhrase(range: range, entity: nil, strength: .nominal)
        }
        let (first, last) = phraseBounds(subject)
        let entity = organization(in: first...last)
        return SpeakerPhrase(tokens: first, last, entity: entity, strength: entity == nil ? .nominal : .resolved, in: context.document)
    }

    /// The first and last token of the noun phrase a token heads: its dependents' subtrees as far as they
    /// run on without a comma, dash or quotation.
    func phraseBounds(_ head: Int) -> (first: Int, last: Int) {
        let document = context.document
        var inPhrase: Set<Int> = [head]
        var pending = [head]
        while let token = pending.popLast(), inPhrase.count < 40 {
            for child in document.dependents(of: token) where !inPhrase.contains(child) {
                inPhrase.insert(child)
                pending.append(child)
            }
        }
        var first = head
        while inPhrase.contains(first - 1), !context.isCommaOrDash(first - 1), context.quote(at: first - 1) == nil,
              document.kind(first - 1) != .punctuation { first -= 1 }
        var last = head
        while inPhrase.contains(last + 1), !context.isCommaOrDash(last + 1), context.quote(at: last + 1) == nil,
              document.kind(last + 1) != .punctuation { last += 1 }
        return (first, last)
    }
}
