extension SpeakerAttributor {
    /// The subject of the cue verb at `verb`: the phrase ending right before it (over adverbs and
    /// auxiliaries), or, across a parenthetical or an apposition between commas ("Ana Ruiz, a former
    /// minister, said"), the phrase before the first comma. Nothing earlier than `floor` is read.
    func subject(before verb: Int, floor: Int) -> SpeakerPhrase? {
        var head = skipBackward(from: verb - 1, floor: floor)
        guard head >= floor else { return nil }
        if context.word(head) == "," || context.word(head) == ")" {
            let closer = context.word(head) == "," ? "," : "("
            var opening = head - 1
            while opening >= floor, head - opening < 45, context.word(opening) != closer, !context.isTerminal(opening),
                  context.quote(at: opening) == nil {
                opening -= 1
            }
            guard opening >= floor, context.word(opening) == closer else { return nil }
            head = skipBackward(from: opening - 1, floor: floor)
            guard head >= floor, context.word(head) != "," else { return nil }
        }
        return phrase(endingAt: head, floor: floor)
    }

    /// The position before the adverbs, auxiliaries and time phrases ("on Tuesday", "last week") ending
    /// at `token`.
    func skipBackward(from token: Int, floor: Int) -> Int {
        var token = token
        while token >= floor, context.quote(at: token) == nil {
            let word = context.lower(token)
            if SpeakerLexicon.betweenSubjectAndVerb.contains(word) || SpeakerLexicon.isAdverb(word) {
                token -= 1
            } else if SpeakerLexicon.timeWords.contains(word) || context.mention(at: token).map({ context.entities[$0.entity].kind == .date }) == true {
                token = context.mention(at: token).map { $0.tokens.lowerBound - 1 } ?? token - 1
                while token >= floor, SpeakerLexicon.timeWords.contains(context.lower(token)) { token -= 1 }
                if token >= floor, SpeakerLexicon.timePrepositions.contains(context.lower(token)) { token -= 1 }
            } else {
                break
            }
        }
        return token
    }

    /// The speaker phrase whose head is `head`: an entity mention (the linker's, for a pronoun too), a
    /// personal pronoun the linker left alone (as written, with no entity), a common noun phrase
    /// ("officials", "a spokeswoman for the ministry") or a capitalized name the
    /// recognizer missed.
    func phrase(endingAt head: Int, floor: Int) -> SpeakerPhrase? {
        guard head >= floor, let range = context.document.range(head), context.quote(at: head) == nil else { return nil }
        let word = context.lower(head)
        if let mention = context.mention(at: head) {
            if let nominal = nominalOwner(of: mention, first: mention.tokens.lowerBound, floor: floor) { return nominal }
            let kind = context.entities[mention.entity].kind
            guard kind != .date else { return nil }
            let range = TextRange(start: mention.range.start, end: range.end)
            return SpeakerPhrase(range: range, entity: mention.entity, strength: mention.form == .name ? .name : .resolved)
        }
        if SpeakerLexicon.personalPronouns.contains(word) {
            return SpeakerPhrase(range: range, entity: nil, strength: .nominal)
        }
        guard context.document.kind(head) == .word, !SpeakerLexicon.functionWords.contains(word),
              !SpeakerLexicon.determiners.contains(word), ReportingVerbs.entry(word) == nil else { return nil }
        if context.isLowercase(head) {
            let start = nominalStart(head, floor: floor)
            guard start < head || word.hasSuffix("s") else { return nil }
            if let person = resolveTitle(at: head) {
                return SpeakerPhrase(tokens: start, head, entity: person, strength: .guessed, in: context.document)
            }
            return SpeakerPhrase(tokens: start, head, entity: organization(in: start...head), strength: .nominal, in: context.document)
        }
        var start = head
        while start - 1 >= floor, context.document.isCapitalized(start - 1), context.quote(at: start - 1) == nil { start -= 1 }
        if start - 1 >= floor, SpeakerLexicon.determiners.contains(context.lower(start - 1)) { start -= 1 }
        return SpeakerPhrase(tokens: start, head, entity: resolveTitle(at: head), strength: .guessed, in: context.document)
    }

    /// "a spokeswoman for the ministry", "officials at the agency": the common noun before a
    /// preposition and an organization's mention; the organization is the entity. A person after the
    /// preposition ("an aide to Ana Ruiz") is never the speaker.
    func nominalOwner(of mention: MentionLayer.Ref, first: Int, floor: Int) -> SpeakerPhrase? {
        let preposition = context.lower(first - 1)
        let article = first - 1 >= floor && ["the"].contains(preposition) ? first - 1 : first
        let joint = article - 1
        let joiner = context.lower(joint)
        guard ["for", "of", "at", "from", "to", "with"].contains(joiner), joint - 1 >= floor else { return nil }
        let noun = joint - 1
        guard context.isLowercase(noun), context.document.kind(noun) == .word,
              !SpeakerLexicon.functionWords.contains(context.lower(noun)) else { return nil }
        let start = nominalStart(noun, floor: floor)
        let kind = context.entities[mention.entity].kind
        let isGroup = (kind == .organization || kind == .group || kind == .place) && joiner != "to" && joiner != "with"
        return SpeakerPhrase(tokens: start, mention.tokens.upperBound - 1, entity: isGroup ? mention.entity : nil,
                             strength: isGroup ? .resolved : .nominal, in: context.document)
    }

    /// The first token of the common noun phrase ending at `head`: back over modifiers to a determiner.
    func nominalStart(_ head: Int, floor: Int) -> Int {
        var start = head
        while start - 1 >= floor, head - start < 4, context.quote(at: start - 1) == nil {
            let previous = context.lower(start - 1)
            if SpeakerLexicon.determiners.contains(previous) { return start - 1 }
            let kind = context.document.kind(start - 1)
            let isModifier = (kind == .word || kind == .clitic || kind == .abbreviation)
                && !SpeakerLexicon.functionWords.contains(previous) && ReportingVerbs.entry(previous) == nil
            guard isModifier else { break }
            start -= 1
        }
        return start
    }

    /// The organization named inside a span of tokens ("Kremlin officials"), if one is. Groups are left
    /// out: "a Democratic aide" speaks for nobody's party as a whole.
    func organization(in tokens: ClosedRange<Int>) -> Int? {
        for token in tokens {
            guard let mention = context.mention(at: token) else { continue }
            if context.entities[mention.entity].kind == .organization { return mention.entity }
        }
        return nil
    }

    /// The speaker phrase right after an inverted cue ("said Ana Ruiz", "said the minister"), up to
    /// `limit`.
    func phrase(startingAt token: Int, limit: Int) -> SpeakerPhrase? {
        guard token < limit, context.quote(at: token) == nil else { return nil }
        var end = token
        let word = context.lower(token)
        if SpeakerLexicon.personalPronouns.contains(word) { return phrase(endingAt: token, floor: token) }
        if let mention = context.mention(at: token) {
            end = mention.tokens.upperBound - 1
        } else {
            while end + 1 < limit, context.quote(at: end + 1) == nil, context.document.kind(end + 1) == .word
                    || context.document.kind(end + 1) == .abbreviation || context.document.kind(end + 1) == .clitic,
                  !SpeakerLexicon.functionWords.contains(context.lower(end + 1)), end - token < 5 {
                end += 1
                if let mention = context.mention(at: end) { end = mention.tokens.upperBound - 1 }
            }
        }
        if let owner = ownerAfter(end, start: token, limit: limit) { return owner }
        return phrase(endingAt: end, floor: token)
    }

    /// "a spokeswoman for the ministry" read forwards: the phrase through the organization's mention.
    func ownerAfter(_ end: Int, start: Int, limit: Int) -> SpeakerPhrase? {
        guard context.mention(at: end) == nil, ["for", "of", "at"].contains(context.lower(end + 1)) else { return nil }
        var target = end + 2
        if context.lower(target) == "the" { target += 1 }
        guard target < limit, let mention = context.mention(at: target) else { return nil }
        return phrase(endingAt: mention.tokens.upperBound - 1, floor: start)
    }

    /// Who a cue verb addresses: the phrase after "told" up to the reported clause ("told reporters",
    /// "told The Daily Courier", "told the country's state broadcaster Radio X that ...").
    func addressee(after verb: Int, limit: Int) -> (range: TextRange, entity: Int?)? {
        let first = verb + 1
        guard first < limit, context.quote(at: first) == nil else { return nil }
        let word = context.lower(first)
        if SpeakerLexicon.objectPronouns.contains(word), let range = context.document.range(first) {
            return (range, context.mention(at: first)?.entity)
        }
        var last = first - 1
        var token = first
        while token < limit, token - first < 8, context.quote(at: token) == nil {
            let lower = context.lower(token)
            let kind = context.document.kind(token)
            let stops = kind == .punctuation || kind == .dash || kind == .quote || lower == "that"
                || (context.mention(at: token) == nil
                    && (SpeakerLexicon.prepositions.contains(lower) || SpeakerLexicon.clauseStarters.contains(lower)
                        || (token > first && SpeakerLexicon.determiners.contains(lower) && lower != "the")
                        || cue(token, adjacent: true) != nil))
            if stops { break }
            last = token
            token += 1
        }
        if token - first >= 8, context.quote(at: token) == nil, token < limit { last = first }
        guard let range = context.document.span(first, last) else { return nil }
        return (range, context.mention(at: last)?.entity)
    }
}
