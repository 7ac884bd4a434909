/// Titles and roles: before a name ("Ruritanian President Ann Bell"), in apposition ("John Roe, a former
/// director of the Agency’s Service"), after a copula ("X is managing editor of Y") and as references
/// ("the President" for the person last named).
extension RelationExtractor {
    /// A title phrase as parsed: the title with its modifiers, the organization or place it belongs to, and
    /// the token after it.
    struct TitlePhrase {
        var value: String
        var object: String?
        var titleStart: Int
        var end: Int
        /// Whether the title is a role noun the gazetteer lacks ("political analyst").
        var isRole = false
    }

    /// Words kept before a title in its value ("former director").
    static let titleModifiers: Set<String> = ["former", "acting", "interim", "outgoing", "incoming", "then", "senior",
                                              "deputy", "chief", "top", "longtime", "veteran"]
    /// Gazetteer titles that are forms of address, not roles.
    static let honorifics: Set<String> = ["mr.", "mrs.", "ms.", "miss", "dr.", "sir", "dame", "lord", "lady", "father",
                                          "sister", "brother", "doctor", "mr", "mrs", "ms", "dr", "reverend", "rev."]
    /// Prepositions that join a title to what it belongs to ("Ambassador to the UN").
    static let titlePrepositions: Set<String> = ["of", "to", "at", "for", "with"]

    /// Titles that are common words when written in lower case ("a major ally", "the general view").
    static let lowercaseWords: Set<String> = ["major", "general", "chair", "justice", "premier", "speaker", "leader",
                                              "king", "queen", "prince", "marshal", "chief", "judge", "coach"]

    /// The end of the longest gazetteer title starting at `index` and ending by `limit`, matched without
    /// regard to case ("former director"), except for titles that are common words in lower case.
    func titleEnd(in sentence: RelationSentence, at index: Int, limit: Int) -> Int? {
        guard index < limit, sentence.isFree(index), [.word, .abbreviation].contains(sentence.kind(index)),
              !RelationExtractor.honorifics.contains(sentence.word(index)),
              let first = TitleLexicon.words(sentence.text(index)).first, titles.firstWords.contains(first) else { return nil }
        for end in stride(from: min(limit, index + 5), to: index, by: -1) where (index..<end).allSatisfy(sentence.isFree) {
            let words = TitleLexicon.words(sentence.text(index..<end))
            guard titles.titles.contains(words.joined(separator: " ")) else { continue }
            let capitalized = sentence.isCapitalized(index)
            if !capitalized, words.count == 1, RelationExtractor.lowercaseWords.contains(words[0]) { continue }
            return end
        }
        return nil
    }

    /// The place a demonym or a group mention names ("Russian" → Russia), as an entity of the article.
    func place(ofDemonym text: String) -> String? {
        guard let place = gazetteer.demonymPlaces[text] ?? gazetteer.demonymPlaces[text.capitalized] else { return nil }
        return entityByName[place.lowercased()] ?? gazetteer.canonicalNames[Gazetteer.normalize(place)].flatMap {
            entityByName[$0.lowercased()]
        }
    }

    /// The entity a mention names as a title's owner: organizations and places as they are, groups through
    /// their demonym.
    func owner(_ span: RelationSentence.Span, in sentence: RelationSentence) -> String? {
        switch span.kind {
        case .organization, .place: span.entity
        case .group: place(ofDemonym: sentence.text(span.tokens))
        default: nil
        }
    }

    /// An organization or place mention at `index`, followed through possessives ("the Treasury’s Office
    /// of Budget Review" → the office), with the token after it.
    func belonging(in sentence: RelationSentence, at index: Int) -> (entity: String, end: Int)? {
        guard let span = sentence.span(startingAt: index), [.organization, .place].contains(span.kind) else { return nil }
        let after = span.tokens.upperBound
        if sentence.isPossessive(after), let next = belonging(in: sentence, at: after + 1) { return next }
        return (span.entity, after)
    }

    /// Parses "[a|the] [owner['s]] [modifiers] TITLE [of|to|at|for [the] ORG]" from `start`, not past `limit`.
    func titlePhrase(in sentence: RelationSentence, from start: Int, limit: Int, article: Bool,
                     bareObject: Bool = false, role: Bool = false, introduced owned: Bool = false) -> TitlePhrase? {
        var index = start
        var introduced = owned
        if article, ["a", "an", "the"].contains(sentence.word(index)), sentence.isFree(index) {
            index += 1
            introduced = true
        }
        var object: String?
        var possessed = false
        if let span = sentence.span(startingAt: index), span.form != .title {
            possessed = sentence.isPossessive(span.tokens.upperBound)
            // A person's name owns a title only through a possessive, and only a one-word name: a company's
            // name the recognizer took for a person's ("Kessler’s chief executive").
            // A person's possessive names whom the title serves, not what it belongs to ("Ana Ruiz’s lawyer").
            guard span.kind != .person || possessed || isBareName(span) && span.tokens.count > 1 else { return nil }
            object = span.kind != .person ? owner(span, in: sentence) : isBareName(span) ? span.entity : nil
            introduced = introduced || possessed
            index = span.tokens.upperBound
            if possessed { index += 1 }
            introduced = introduced || object != nil
        } else if index < limit, sentence.owner(index) == nil, let found = place(ofDemonym: sentence.text(index)) {
            object = found
            index += 1
        } else if ["its", "their"].contains(sentence.word(index)), sentence.owner(index) == nil {
            // "Its spokesman, X": the organization named just before.
            object = owners.possessive(before: sentence.start(index), since: previousSentenceStart(sentence))
            introduced = true
            index += 1
        }
        // A role the gazetteer lacks ("political analyst") needs an article or an owner before it.
        guard let (valueStart, titleStart, end, wordsOwner) = titleWords(in: sentence, from: index, limit: limit,
                                                                         role: role && introduced) else { return nil }
        if object == nil { object = wordsOwner }
        var phrase = TitlePhrase(value: sentence.text(valueStart..<end), object: object, titleStart: titleStart, end: end,
                                 isRole: titleEnd(in: sentence, at: titleStart, limit: limit) == nil)
        var next = end
        if RelationExtractor.titlePrepositions.contains(sentence.word(next)) {
            next += 1
            let complement = Range(window: next, upTo: min(limit, next + 2)).prefix { sentence.owner($0) == nil && sentence.startsLowercase($0)
                && sentence.isTagged($0, [.noun, .adjective]) }
            if let found = belonging(in: sentence, describedFrom: next, limit: limit) {
                // An owner named by a possessive stays ("Ruritania’s envoy for the Nile"); one named before
                // the title without it gives way to the one after ("U.S. Ambassador to the UN").
                if !possessed || phrase.object == nil { phrase.object = found.entity }
                phrase.end = found.end
            } else if sentence.word(end) == "of", let last = complement.last, endsRole(in: sentence, at: last + 1) {
                // "member of parliament for X", "director of prevention": the complement is part of the title.
                phrase.value = sentence.text(valueStart..<(last + 1))
                phrase.end = last + 1
            } else if next < limit, let close = (next...limit).first(where: sentence.isBoundary), close > next,
                      (next..<close).allSatisfy({ isDescriptive(in: sentence, at: $0) }) {
                phrase.end = close
            }
        } else if bareObject, let found = belonging(in: sentence, at: next), found.end <= limit {
            phrase.object = found.entity
            phrase.end = found.end
        }
        return phrase
    }

    /// The words of a title from `index`: modifiers ("former"), a demonym ("Ugandan") and up to two noun
    /// modifiers ("trade", "water") before a gazetteer title, or, when `role` is set, a role noun the
    /// gazetteer lacks ("a political analyst", "a retired teacher"), ending before a preposition, a
    /// relative pronoun or punctuation. Gives where the title's value starts (after an unnamed owner: "the
    /// bank’s chief executive"), where its head words start, its end and the owner the words give: the
    /// place a demonym in it names, or the organization an unnamed owner stands for.
    func titleWords(in sentence: RelationSentence, from start: Int, limit: Int,
                    role: Bool) -> (value: Int, start: Int, end: Int, owner: String?)? {
        var index = start
        var valueStart = start
        var owning: String?
        var nouns = 0
        while index < limit, index - start < 6 {
            if let end = titleEnd(in: sentence, at: index, limit: limit) { return (valueStart, index, end, owning) }
            if let owner = sentence.owner(index) {
                // A demonym inside the title ("a former Ugandan trade minister"): the place it names, if the
                // article names it.
                let span = sentence.spans[owner]
                guard span.kind == .group, span.tokens.lowerBound == index else { return nil }
                owning = owning ?? place(ofDemonym: sentence.text(span.tokens))
                index = span.tokens.upperBound
                continue
            }
            let word = sentence.word(index)
            if sentence.startsLowercase(index), sentence.isPossessive(index + 1) {
                // An owner the article does not name here ("the council’s secretary"), perhaps named before.
                owning = owning ?? owners.nominal(word, before: sentence.start(index), since: previousSentenceStart(sentence))
                index += 2
                valueStart = index
                continue
            }
            if owning == nil, let place = place(ofDemonym: sentence.text(index)) {
                owning = place
            } else if RelationExtractor.titleModifiers.contains(word), !(role && sentence.isTagged(index, [.noun])
                        && RelationExtractor.titlePrepositions.contains(sentence.word(index + 1))) {
                // modifiers keep their place in the value; one heading its phrase ("the former chief of Y") is the role
            } else if sentence.startsLowercase(index), sentence.isTagged(index, [.noun, .adjective]) {
                nouns += 1
                if role, sentence.isTagged(index, [.noun]), !OrganizationNounRule.nouns.contains(word),
                   index + 1 == limit || endsRole(in: sentence, at: index + 1) {
                    return (valueStart, index, index + 1, owning)
                }
                guard nouns <= 2 || role else { return nil }
            } else if role, !sentence.isCapitalized(index), word.hasSuffix("ed") || word.contains("-") {
                // "retired teacher", "19-year-old striker"
            } else {
                return nil
            }
            index += 1
        }
        return nil
    }

    /// Where the sentence before this one starts (this one's start for the first): how far back an unnamed
    /// owner ("its", "the company’s") may look for the organization it stands for.
    func previousSentenceStart(_ sentence: RelationSentence) -> Int {
        let sentences = document.article.sentences
        let previous = sentence.view.sentence - 1
        return sentences.indices.contains(previous) ? sentences[previous].range.start : sentence.range.start
    }

    /// Whether a person mention's entity has a name that starts with no known first name ("Kessler",
    /// "Northgate Minerals"): often a company's name the recognizer took for a person's.
    func isBareName(_ span: RelationSentence.Span) -> Bool {
        guard let name = entityByID[span.entity]?.name,
              let first = name.split(separator: " ").first else { return false }
        return !gazetteer.contains(String(first), .firstName)
    }

    /// Whether a person mention's entity is named neither by a known first name nor by a known surname
    /// ("Bergmann Privatbank"): a company the recognizer took for a person.
    func looksLikeOrganization(_ span: RelationSentence.Span) -> Bool {
        guard span.kind == .person, let name = entityByID[span.entity]?.name else { return false }
        return RelationExtractor.isNamedLikeOrganization(name, gazetteer)
    }

    /// Whether a name starts with no known first name and ends in no known surname, or in a word that ends
    /// organizations' names ("Kessler Bank": "Bank" is a surname too).
    static func isNamedLikeOrganization(_ name: String, _ gazetteer: Gazetteer) -> Bool {
        let words = name.split(separator: " ")
        guard let first = words.first, let last = words.last, !gazetteer.contains(String(first), .firstName) else { return false }
        return !gazetteer.contains(String(last), .surname) || words.count > 1 && gazetteer.contains(String(last), .organizationSuffix)
    }

    /// Whether a role noun's phrase ends here: a preposition, a relative pronoun, a conjunction or punctuation.
    private func endsRole(in sentence: RelationSentence, at index: Int) -> Bool {
        sentence.isBoundary(index) || RelationExtractor.titlePrepositions.contains(sentence.word(index))
            || ["who", "whose", "that", "from", "in", "on", "and"].contains(sentence.word(index))
    }

    /// The organization (or place) a title's preposition leads to, past "the" and words describing it ("at
    /// the Lisbon-based Institute", "of the mining group Acme", "at the Paris brokerage Tessier"), with the
    /// token after it; a company the recognizer took for a person still counts after such words.
    func belonging(in sentence: RelationSentence, describedFrom start: Int, limit: Int) -> (entity: String, end: Int)? {
        var index = start
        if sentence.word(index) == "the", sentence.owner(index) == nil { index += 1 }
        let described = index
        let first = sentence.word(index).hasSuffix("-based") ? nil : belonging(in: sentence, at: index)
        while index < limit, index - described < 4,
              sentence.owner(index) == nil || isDescriptor(in: sentence, at: index) || sentence.word(index).hasSuffix("-based") {
            let based = sentence.word(index).hasSuffix("-based")
            if sentence.owner(index) == nil, !based, !isDescribing(in: sentence, at: index) { break }
            index = based ? index + 1 : sentence.owner(index).map { sentence.spans[$0].tokens.upperBound } ?? index + 1
        }
        if let found = belonging(in: sentence, at: index), found.end <= limit { return found }
        guard index > described, let span = sentence.span(startingAt: index), span.kind == .person, span.form == .name,
              span.tokens.upperBound <= limit else { return first.flatMap { $0.end <= limit ? $0 : nil } }
        return (span.entity, span.tokens.upperBound)
    }

    /// Whether a mention describes the organization after it ("the Paris brokerage X", "the Australian
    /// miner X"): a place or group followed by a lower-case word.
    private func isDescriptor(in sentence: RelationSentence, at index: Int) -> Bool {
        guard let owner = sentence.owner(index), [.place, .group].contains(sentence.spans[owner].kind) else { return false }
        return isDescribing(in: sentence, at: sentence.spans[owner].tokens.upperBound)
    }

    /// Whether a token is a lower-case word describing an organization: a noun or adjective, or a word for
    /// an organization whatever the tagger made of it ("the Bergen daily X").
    private func isDescribing(in sentence: RelationSentence, at index: Int) -> Bool {
        sentence.startsLowercase(index)
            && (sentence.isTagged(index, [.noun, .adjective]) || OrganizationNounRule.nouns.contains(sentence.word(index)))
    }

    /// Whether a token can be part of a title's unnamed complement ("for the German government").
    func isDescriptive(in sentence: RelationSentence, at index: Int) -> Bool {
        if let owner = sentence.owner(index) { return sentence.spans[owner].kind == .group }
        return sentence.startsLowercase(index)
    }

    /// "NATO Secretary General X", "Secretary of State, X", "U.S. Ambassador to the UN, X", "Clydeside
    /// manager X"; the owner may come after the name ("Senator X of Kansas") or before a "whose" ("Acme,
    /// whose president, X,").
    func prefixTitles(in sentence: RelationSentence) -> [RelationCandidate] {
        sentence.spans.compactMap { span in
            guard span.kind == .person, span.form == .name else { return nil }
            let end = sentence.word(span.tokens.lowerBound - 1) == "," ? span.tokens.lowerBound - 1 : span.tokens.lowerBound
            let ownerAfter = sentence.word(span.tokens.upperBound) == "of"
                ? belonging(in: sentence, describedFrom: span.tokens.upperBound + 1, limit: sentence.count) : nil
            for start in max(0, end - 10)..<end {
                // "the referee, X,": a role set off before a name in apposition.
                let setOff = end < span.tokens.lowerBound && ["the", "a", "an"].contains(sentence.word(start - 1))
                    && sentence.isBoundary(span.tokens.upperBound)
                guard var phrase = titlePhrase(in: sentence, from: start, limit: end, article: false, role: true,
                                               introduced: ownerAfter != nil || setOff),
                      phrase.end == end, !phrase.isRole || !isBareName(span) else { continue }
                if phrase.object == nil, let ownerAfter { phrase.object = ownerAfter.entity }
                if phrase.object == nil, sentence.word(start - 1) == "whose", sentence.word(start - 2) == ",",
                   let owner = sentence.span(endingBefore: start - 2), owner.kind != .person || owner.form == .name {
                    phrase.object = owner.entity
                }
                return candidate(span.entity, phrase, in: sentence)
            }
            return nil
        }
    }

    /// "X, a former director of the Y,".
    func appositiveTitles(in sentence: RelationSentence) -> [RelationCandidate] {
        sentence.spans.compactMap { span in
            guard span.kind == .person, span.form == .name, sentence.word(span.tokens.upperBound) == ",",
                  !opensSubordinateClause(before: span.tokens.lowerBound, in: sentence) else { return nil }
            let start = span.tokens.upperBound + 1
            guard let phrase = titlePhrase(in: sentence, from: start, limit: min(sentence.count, start + 14), article: true,
                                           role: true),
                  endsPhrase(in: sentence, at: phrase.end) else { return nil }
            return candidate(span.entity, phrase, in: sentence)
        }
    }

    /// Whether the clause holding a token (read back to punctuation) opens with a subordinator: a name there
    /// ends the clause, and what follows its comma is the main clause ("If Walsh backs Ortiz, the race …").
    func opensSubordinateClause(before index: Int, in sentence: RelationSentence) -> Bool {
        var back = index - 1
        while back >= 0, !sentence.isBoundary(back) {
            if RelationExtractor.subordinators.contains(sentence.word(back)) { return true }
            back -= 1
        }
        return false
    }

    /// "X is managing editor of Y", "X (@handle) is a reporter".
    func copulaTitles(in sentence: RelationSentence) -> [RelationCandidate] {
        sentence.spans.compactMap { span in
            guard span.kind == .person, let start = afterCopula(in: sentence, from: span.tokens.upperBound),
                  let phrase = titlePhrase(in: sentence, from: start, limit: min(sentence.count, start + 14),
                                           article: true, bareObject: true),
                  endsPhrase(in: sentence, at: phrase.end) else { return nil }
            return candidate(span.entity, phrase, in: sentence)
        }
    }

    /// The token after "is", "was", "serves as", … that follows a subject (skipping a parenthesis).
    func afterCopula(in sentence: RelationSentence, from index: Int) -> Int? {
        var next = index
        if sentence.word(next) == "(", let close = (next..<sentence.count).first(where: { sentence.word($0) == ")" }) {
            next = close + 1
        }
        switch sentence.word(next) {
        case "is", "was", "became", "remains": return next + 1
        case "has", "had": return sentence.word(next + 1) == "been" ? next + 2 : nil
        case "serves", "served", "works", "worked": return sentence.word(next + 1) == "as" ? next + 2 : nil
        default: return nil
        }
    }

    /// Whether a title phrase ends here: at punctuation, the sentence's end or a relative clause.
    func endsPhrase(in sentence: RelationSentence, at index: Int) -> Bool {
        sentence.isBoundary(index) || RelationExtractor.titlePrepositions.contains(sentence.word(index))
            || ["who", "that", "which", "and", "said", "says", "told", "from", "in", "on", "since"].contains(sentence.word(index))
    }

    func candidate(_ subject: String, _ phrase: TitlePhrase, in sentence: RelationSentence) -> RelationCandidate {
        RelationCandidate(subject: subject, predicate: .title, object: phrase.object, value: phrase.value,
                          evidence: sentence.range, cue: sentence.start(phrase.titleStart))
    }

    /// "the President", "the U.S. President" not followed by a name: of the people given that title earlier,
    /// the one mentioned last; else the person last mentioned in this or the previous sentence.
    func titleReferences(in sentences: some Sequence<RelationSentence>, known: [RelationCandidate]) -> [RelationCandidate] {
        var found: [RelationCandidate] = []
        var previous: String?
        var holders = TitleHolders(known)
        for sentence in sentences {
            var lastPerson = previous
            for index in 0..<sentence.count {
                if let owner = sentence.owner(index), sentence.spans[owner].kind == .person {
                    lastPerson = sentence.spans[owner].entity
                    holders.see(sentence.spans[owner].entity, at: sentence.start(index))
                }
                guard sentence.word(index) == "the", sentence.owner(index) == nil,
                      let phrase = titlePhrase(in: sentence, from: index + 1, limit: sentence.count, article: false),
                      sentence.isCapitalized(phrase.titleStart),
                      sentence.span(startingAt: phrase.end) == nil,
                      !sentence.isCapitalized(phrase.end) || sentence.isBoundary(phrase.end)
                else { continue }
                let latest = holders.holder(of: phrase.value, object: phrase.object, before: sentence.start(index))
                guard let holder = latest ?? lastPerson else { continue }
                found.append(candidate(holder, phrase, in: sentence))
            }
            previous = sentence.spans.last { $0.kind == .person }?.entity ?? (sentence.spans.isEmpty ? previous : nil)
        }
        return found
    }
}
