extension PronounResolver {
    /// Words that close a clause: a pronoun after one is no object of a name before it.
    static let clauseBreaks: Set<String> = [",", ";", ":", "(", ")", "—", "–", "that", "which", "who", "whom", "whose",
                                            "because", "when", "while", "after", "before", "if", "although", "though",
                                            "since", "said", "says", "told", "tells", "where", "until", "than", "as",
                                            "\"", "“", "”", "so", "but"]
    /// Prepositions that make the name after them no subject.
    static let prepositions: Set<String> = ["with", "to", "by", "for", "of", "from", "about", "against", "at", "in", "on",
                                            "after", "before", "like", "than", "under", "between", "among", "into",
                                            "toward", "towards", "without", "over", "through", "during", "including"]
    /// Determiners that open a noun phrase.
    static let determiners: Set<String> = ["a", "an", "the", "another", "one", "this", "that", "his", "her", "their",
                                           "its", "our", "my", "your", "each", "every", "some"]
    /// Words that open a plural noun phrase.
    static let quantifiers: Set<String> = ["many", "several", "some", "other", "these", "those", "both", "all", "most",
                                           "few", "two", "three", "four", "five", "dozens", "hundreds", "thousands",
                                           "the", "their", "its", "his", "her", "our", "such", "more", "various"]
    /// Common nouns for people, by the gender they fix (unknown: either).
    static let personNouns: [String: Gender] = [
        "man": .male, "boy": .male, "father": .male, "son": .male, "husband": .male, "brother": .male,
        "spokesman": .male, "businessman": .male, "chairman": .male, "uncle": .male, "grandfather": .male,
        "woman": .female, "girl": .female, "mother": .female, "daughter": .female, "wife": .female, "sister": .female,
        "spokeswoman": .female, "businesswoman": .female, "chairwoman": .female, "aunt": .female, "grandmother": .female,
        "official": .unknown, "officer": .unknown, "source": .unknown, "person": .unknown, "spokesperson": .unknown,
        "friend": .unknown, "lawyer": .unknown, "attorney": .unknown, "doctor": .unknown, "suspect": .unknown,
        "victim": .unknown, "driver": .unknown, "witness": .unknown, "teacher": .unknown, "student": .unknown,
        "resident": .unknown, "soldier": .unknown, "analyst": .unknown, "expert": .unknown, "child": .unknown,
        "parent": .unknown, "colleague": .unknown, "aide": .unknown, "diplomat": .unknown, "player": .unknown,
        "researcher": .unknown, "professor": .unknown, "judge": .unknown, "candidate": .unknown, "partner": .unknown,
        "employee": .unknown, "worker": .unknown, "owner": .unknown, "manager": .unknown, "neighbor": .unknown,
        "neighbour": .unknown, "patient": .unknown, "writer": .unknown, "author": .unknown, "actor": .unknown,
        "singer": .unknown, "artist": .unknown, "leader": .unknown, "member": .unknown, "agent": .unknown,
    ]

    /// The antecedent a pronoun refers to, or nil when none is compatible or the link is doubtful: for a
    /// he/she that speaks ("…,” she said"), the latest speaker of the window (`latestSpeaker`); else the
    /// compatible antecedents of the latest sentence that has any (names in the window, or pronouns
    /// resolved before), then the best ranked of them.
    static func choose(_ pronoun: Pronoun, at token: Int, state: PronounState, referents: [Referent],
                       document: Document) -> Antecedent? {
        if pronoun.isNeuter { return chooseNeuter(pronoun, at: token, state: state, document: document) }
        let sentence = document.sentenceIndex(of: token)
        let range = document.article.tokens[token].range
        let role = role(of: pronoun, at: token, document: document)
        if pronoun.isPlural, state.quoted[token] { return nil }
        let firstSentence = pronoun.isPlural ? sentence - groupWindow : state.windowStart(personWindow, before: sentence)
        let window = state.window(before: range, from: firstSentence)
        let compatible = window.filter { antecedent in
            guard state.quoted[token] || antecedent.sentence != sentence || !state.isQuoted(antecedent.range, document: document) else {
                return false
            }
            let referent = referents[antecedent.referent]
            let kind = state.kinds[antecedent.referent]
            if pronoun.isPlural { return isPluralAntecedent(antecedent, kind: kind, among: window, document: document) }
            guard kind == .person, referent.gender == pronoun.gender || referent.gender == .unknown else { return false }
            switch role {
            case .object: return antecedent.sentence != sentence || !sameClause(antecedent.range, token, document: document)
            case .reflexive: return antecedent.sentence == sentence
            default: return true
            }
        }
        if !pronoun.isPlural, role == .subject, !state.quoted[token], isSpeechVerb(token + 1, document: document),
           let speaker = latestSpeaker(among: compatible, before: sentence, gender: pronoun.gender,
                                        referents: referents, document: document),
           !blocked(pronoun, between: speaker.range.end, and: range.start, document: document, state: state) {
            return speaker
        }
        let local: [Antecedent]
        if let nearest = compatible.map(\.sentence).max() {
            local = compatible.filter { $0.sentence == nearest }
        } else {
            local = role == .reflexive && !pronoun.isPlural ? [] : state.latestBefore(firstSentence, for: pronoun)
        }
        let best: Antecedent?
        if role == .reflexive {
            best = local.last
        } else {
            best = local.min { rank($0, pronoun, referents, state) < rank($1, pronoun, referents, state) }
        }
        guard let best, !blocked(pronoun, between: best.range.end, and: range.start, document: document, state: state) else {
            return nil
        }
        return best
    }

    /// The organization "it" or "its" refers to, only where that is near certain: "its" to the organization
    /// that opens its own clause as the subject ("Acme raised its forecast", not "Acme said after the bank
    /// raised its rate"), "it" before a reporting verb ("It said …") to the one that opens its sentence or
    /// the previous one (a thing does not say), "it" after one ("Acme said it would …", "said that it") to
    /// the one that opens the reporting clause. Never inside quotations, and never when another
    /// organization or group is named in that sentence before the pronoun.
    static func chooseNeuter(_ pronoun: Pronoun, at token: Int, state: PronounState, document: Document) -> Antecedent? {
        guard !state.quoted[token] else { return nil }
        let sentence = document.sentenceIndex(of: token)
        var firstSentence = sentence
        var clauseEnd = token
        if pronoun.role != .possessive {
            let verb = document.lower(token - 1) == "that" ? token - 2 : token - 1
            if ReportingVerbs.entry(document.lower(token + 1))?.form == .finite {
                firstSentence -= groupWindow
            } else if ReportingVerbs.entry(document.lower(verb))?.form == .finite, document.sentenceIndex(of: verb) == sentence {
                clauseEnd = verb
            } else {
                return nil
            }
        }
        let window = state.window(before: document.article.tokens[token].range, from: firstSentence)
        guard let latest = window.filter({ isCollective(state.kinds[$0.referent]) }).map(\.sentence).max() else { return nil }
        let inLatest = window.filter { $0.sentence == latest }
        guard let subject = inLatest.first, state.kinds[subject.referent] == .organization, !subject.afterPreposition,
              inLatest.allSatisfy({ $0.referent == subject.referent || !isCollective(state.kinds[$0.referent]) }),
              pronoun.role != .possessive && clauseEnd == token || sameClause(subject.range, clauseEnd, document: document) else { return nil }
        return subject
    }

    /// Whether "they" can mean this mention: an organization, or a group named in the plural
    /// ("Democrats", not the adjective "Syrian"), that is the first name of its sentence and follows no
    /// preposition, so it is that sentence's subject.
    static func isPluralAntecedent(_ antecedent: Antecedent, kind: EntityKind, among earlier: [Antecedent],
                                   document: Document) -> Bool {
        guard !antecedent.afterPreposition, isCollective(kind) else { return false }
        if kind == .group, !document.article.string(antecedent.range).hasSuffix("s") { return false }
        let sentenceStart = document.article.sentences.indices.contains(antecedent.sentence)
            ? document.article.sentences[antecedent.sentence].range.start : 0
        return !earlier.contains { $0.sentence == antecedent.sentence && $0.range.start >= sentenceStart && $0.range.start < antecedent.range.start }
    }

    /// Lower is better: no preposition (a subject or object rather than a name in a phrase), then a gender
    /// known to match over an unknown one, then a referent already mentioned twice (the topic) over a
    /// newcomer, then text order (the subject comes first). Measured on GAP and GUM, putting the known
    /// gender first links more surnames wrongly; putting it last loses more on GUM.
    static func rank(_ antecedent: Antecedent, _ pronoun: Pronoun, _ referents: [Referent], _ state: PronounState) -> (Int, Int, Int, Int) {
        let known = !pronoun.isPlural && referents[antecedent.referent].gender == pronoun.gender ? 0 : 1
        let topical = state.mentionCount(of: antecedent.referent, before: antecedent.range.start) >= 2 ? 0 : 1
        return (antecedent.afterPreposition ? 1 : 0, known, topical, antecedent.range.start)
    }

    /// The role of a pronoun in its place: "her" is possessive before a noun, else an object.
    static func role(of pronoun: Pronoun, at token: Int, document: Document) -> Pronoun.Role {
        guard pronoun.role == .objectOrPossessive else { return pronoun.role }
        let next = document.text(token + 1)
        let closers: Set<String> = ["", ".", ",", ";", ":", "!", "?", ")", "and", "or", "but", "to", "that", "in", "on", "at",
                                    "for", "with", "about", "from", "as", "if", "when", "the", "a", "an", "\"", "”", "’", "—"]
        return closers.contains(next.lowercased()) ? .object : .possessive
    }

    /// Whether each token stands inside quotation marks: the nearest quotation mark before it in its
    /// paragraph opens a quotation (“ or an odd count of straight quotes). One pass over the text.
    static func quotedTokens(_ document: Document) -> [Bool] {
        var quoted = [Bool](repeating: false, count: document.count)
        for paragraph in document.paragraphTokens {
            var opened: Bool?
            var straight = 0
            for token in paragraph {
                quoted[token] = opened.map { $0 == (straight % 2 == 0) } ?? (straight % 2 == 1)
                switch document.text(token) {
                case "“", "‘", "«": (opened, straight) = (true, 0)
                case "”", "’", "»": (opened, straight) = (false, 0)
                case "\"": straight += 1
                default: break
                }
            }
        }
        return quoted
    }

    /// Whether no clause break lies between a name and a pronoun token; an appositive right after the name
    /// (", the head of the office,") is no break.
    static func sameClause(_ range: TextRange, _ token: Int, document: Document) -> Bool {
        var first = document.tokens(in: range).upperBound
        if document.text(first) == ",", let close = (first + 1..<token).first(where: { document.text($0) == "," }) {
            first = close + 1
        }
        guard first < token else { return true }
        return !(first..<token).contains { clauseBreaks.contains(document.lower($0)) }
    }

    /// Whether a preposition comes right before the mention starting at `token` (titles and "the"
    /// skipped).
    static func governedByPreposition(_ token: Int, document: Document) -> Bool {
        var previous = token - 1
        while previous >= 0, previous > token - 4, document.lower(previous) == "the" || document.isCapitalized(previous),
              !prepositions.contains(document.lower(previous)) {
            previous -= 1
        }
        return prepositions.contains(document.lower(previous))
    }

    /// Whether a person described by a common noun (for he/she) or a plural noun phrase (for they) stands
    /// between the antecedent and the pronoun, making the link doubtful. An appositive right after the
    /// antecedent describes it ("Roe, a retired nurse, said she") and blocks nothing.
    static func blocked(_ pronoun: Pronoun, between start: Int, and end: Int, document: Document, state: PronounState) -> Bool {
        var first = document.firstToken(atOrAfter: start)
        let last = document.firstToken(atOrAfter: end)
        if let afterAppositive = appositiveEnd(at: first, before: last, document: document) { first = afterAppositive }
        guard first < last else { return false }
        return state.blockers.blocks(pronoun, in: first..<last)
    }

    /// A rough test for a plural common noun: lowercase, ending in s but not ss, us or is.
    static func isPluralNoun(_ word: String) -> Bool {
        guard word.count > 3, word.hasSuffix("s"), let first = word.unicodeScalars.first, first.properties.isLowercase else { return false }
        return !["ss", "us", "is", "'s", "’s"].contains { word.hasSuffix($0) }
    }
}
