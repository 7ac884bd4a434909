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

    /// An organization or place mention at `index`, followed through possessives ("the CIA’s National
    /// Clandestine Service" → the service), with the token after it.
    func belonging(in sentence: RelationSentence, at index: Int) -> (entity: String, end: Int)? {
        guard let span = sentence.span(startingAt: index), [.organization, .place].contains(span.kind) else { return nil }
        let after = span.tokens.upperBound
        if sentence.isPossessive(after), let next = belonging(in: sentence, at: after + 1) { return next }
        return (span.entity, after)
    }

    /// Parses "[a|the] [owner['s]] [modifiers] TITLE [of|to|at|for [the] ORG]" from `start`, not past `limit`.
    func titlePhrase(in sentence: RelationSentence, from start: Int, limit: Int, article: Bool,
                     bareObject: Bool = false) -> TitlePhrase? {
        var index = start
        if article, ["a", "an", "the"].contains(sentence.word(index)), sentence.isFree(index) { index += 1 }
        var object: String?
        if let span = sentence.span(startingAt: index), span.form != .title {
            guard span.kind != .person else { return nil }
            object = owner(span, in: sentence)
            index = span.tokens.upperBound
            if sentence.isPossessive(index) { index += 1 }
        } else if index < limit, sentence.owner(index) == nil, let found = place(ofDemonym: sentence.text(index)) {
            object = found
            index += 1
        }
        let valueStart = index
        var titleEnd = titleEnd(in: sentence, at: index, limit: limit)
        while titleEnd == nil, index < limit, RelationExtractor.titleModifiers.contains(sentence.word(index)),
              sentence.owner(index) == nil {
            index += 1
            titleEnd = self.titleEnd(in: sentence, at: index, limit: limit)
        }
        guard let end = titleEnd else { return nil }
        var phrase = TitlePhrase(value: sentence.text(valueStart..<end), object: object, titleStart: index, end: end)
        var next = end
        if RelationExtractor.titlePrepositions.contains(sentence.word(next)) {
            next += 1
            if sentence.word(next) == "the", sentence.owner(next) == nil { next += 1 }
            if let found = belonging(in: sentence, at: next), found.end <= limit {
                phrase.object = found.entity
                phrase.end = found.end
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

    /// Whether a token can be part of a title's unnamed complement ("for the German government").
    func isDescriptive(in sentence: RelationSentence, at index: Int) -> Bool {
        if let owner = sentence.owner(index) { return sentence.spans[owner].kind == .group }
        return sentence.startsLowercase(index)
    }

    /// "NATO Secretary General X", "Secretary of State, X", "U.S. Ambassador to the UN, X".
    func prefixTitles(in sentence: RelationSentence) -> [RelationCandidate] {
        sentence.spans.compactMap { span in
            guard span.kind == .person, span.form == .name else { return nil }
            let end = sentence.word(span.tokens.lowerBound - 1) == "," ? span.tokens.lowerBound - 1 : span.tokens.lowerBound
            for start in max(0, end - 10)..<end {
                if let phrase = titlePhrase(in: sentence, from: start, limit: end, article: false), phrase.end == end {
                    return candidate(span.entity, phrase, in: sentence)
                }
            }
            return nil
        }
    }

    /// "X, a former director of the Y,".
    func appositiveTitles(in sentence: RelationSentence) -> [RelationCandidate] {
        sentence.spans.compactMap { span in
            guard span.kind == .person, span.form == .name, sentence.word(span.tokens.upperBound) == "," else { return nil }
            let start = span.tokens.upperBound + 1
            guard let phrase = titlePhrase(in: sentence, from: start, limit: min(sentence.count, start + 14), article: true),
                  endsPhrase(in: sentence, at: phrase.end) else { return nil }
            return candidate(span.entity, phrase, in: sentence)
        }
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
        sentence.isBoundary(index) || ["who", "that", "which", "and", "said", "says", "told"].contains(sentence.word(index))
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
