/// Structure and place ("the Treasury’s Office of Budget Review" → part_of, "Kenya’s Mombasa Freight
/// Terminal" → located_in) and affiliation ("works for", "a member of").
extension RelationExtractor {
    /// Nouns that make one organization part of another ("a unit of").
    static let partNouns: Set<String> = ["part", "unit", "division", "subsidiary", "branch", "arm", "wing", "department",
                                         "agency", "component", "affiliate", "office", "bureau"]

    /// Nouns that make "A’s B" a dealing of A with B rather than B inside A ("Microsoft’s OpenAI stake").
    static let dealNouns: Set<String> = ["stake", "investment", "deal", "acquisition", "shares", "bid", "offer", "takeover",
                                         "partnership", "contract", "merger", "lawsuit", "ties", "purchase", "holding",
                                         "talks", "relationship", "dispute", "agreement", "sale", "claim", "attack"]

    /// part_of and located_in from possessives, "part of", "based in" and "CITY, COUNTRY".
    func links(in sentence: RelationSentence) -> [RelationCandidate] {
        var found: [RelationCandidate] = []
        for span in sentence.spans {
            let after = span.tokens.upperBound
            if sentence.isPossessive(after), let inner = sentence.span(startingAt: after + 1),
               !RelationExtractor.dealNouns.contains(sentence.word(inner.tokens.upperBound)) {
                if span.kind == .organization, inner.kind == .organization {
                    found.append(link(inner.entity, .partOf, span.entity, sentence, after))
                } else if span.kind == .place, inner.kind == .place, !isCountry(inner, in: sentence) {
                    found.append(link(inner.entity, .locatedIn, span.entity, sentence, after))
                }
            }
            guard span.form == .name else { continue }
            var next = after
            if sentence.word(next) == "," { next += 1 }
            if ["is", "was"].contains(sentence.word(next)) { next += 1 }
            if ["a", "an"].contains(sentence.word(next)) { next += 1 }
            if span.kind == .organization, RelationExtractor.partNouns.contains(sentence.word(next)),
               ["of", "at", "within"].contains(sentence.word(next + 1)),
               let whole = objects(in: sentence, from: next + 2, coordinated: false).spans.first, whole.kind == .organization {
                found.append(link(span.entity, .partOf, whole.entity, sentence, next))
            }
            if [.organization, .place].contains(span.kind), ["based", "headquartered", "located"].contains(sentence.word(next)),
               sentence.word(next + 1) == "in", let place = sentence.span(startingAt: next + 2), place.kind == .place {
                found.append(link(span.entity, .locatedIn, place.entity, sentence, next))
            }
            if span.kind == .place, !isCountry(span, in: sentence), !isRegion(span, in: sentence), sentence.word(after) == ",",
               let country = sentence.span(startingAt: after + 1), country.kind == .place,
               isCountry(country, in: sentence) || isRegion(country, in: sentence),
               sentence.isBoundary(country.tokens.upperBound) {
                found.append(link(span.entity, .locatedIn, country.entity, sentence, after))
            }
        }
        return found
    }

    /// works_for ("X works for Y", "X, an employee of Y") and member_of ("X is a member of Y", "X joined Y").
    func affiliations(in sentence: RelationSentence) -> [RelationCandidate] {
        var found: [RelationCandidate] = []
        for cue in 0..<sentence.count {
            let word = sentence.word(cue)
            let next = sentence.word(cue + 1)
            let predicate: Predicate
            var subjectEnd = cue
            switch word {
            case "works", "worked", "work", "working": predicate = .worksFor
            case "employed", "employee", "staffer": predicate = .worksFor
            case "member", "joined": predicate = .memberOf
            default: continue
            }
            let joins: [String: Set<String>] = ["employed": ["by"], "employee": ["of", "at"], "staffer": ["of", "at"],
                                                "member": ["of"], "joined": [next], "works": ["for", "at"],
                                                "worked": ["for", "at"], "work": ["for", "at"], "working": ["for", "at"]]
            guard joins[word]?.contains(next) ?? false, !isBlocked(cue, in: sentence) else { continue }
            if ["employee", "staffer", "member"].contains(word) {
                guard ["a", "an"].contains(sentence.word(cue - 1)) else { continue }
                subjectEnd = cue - 1
                if sentence.word(subjectEnd - 1) == "longtime" { subjectEnd -= 1 }
            }
            let objectStart = word == "joined" ? cue + 1 : cue + 2
            guard let actor = subject(in: sentence, before: subjectEnd, kinds: [.person, .organization, .place]),
                  let target = belonging(in: sentence, describedFrom: objectStart, limit: sentence.count).map(\.entity)
                    .flatMap({ entity in sentence.spans.first { $0.entity == entity } })
                    ?? objects(in: sentence, from: objectStart, coordinated: false).spans.first,
                  [.organization, .group].contains(target.kind) || word != "joined" && target.kind == .person else { continue }
            if word == "joined", actor.kind == .person { continue }
            if predicate == .worksFor, actor.kind != .person { continue }
            found.append(link(actor.entity, predicate, target.entity, sentence, cue))
        }
        return found
    }

    private func isCountry(_ span: RelationSentence.Span, in sentence: RelationSentence) -> Bool {
        let text = sentence.text(span.tokens)
        return gazetteer.contains(text, .country) || gazetteer.contains(text, .placeAlias)
            || entityByID[span.entity].map { gazetteer.contains($0.name, .country) } ?? false
    }

    private func isRegion(_ span: RelationSentence.Span, in sentence: RelationSentence) -> Bool {
        gazetteer.contains(sentence.text(span.tokens), .region)
    }

    private func link(_ subject: String, _ predicate: Predicate, _ object: String, _ sentence: RelationSentence,
                      _ cue: Int) -> RelationCandidate {
        RelationCandidate(subject: subject, predicate: predicate, object: object, value: nil, evidence: sentence.range,
                          cue: sentence.start(cue))
    }
}
