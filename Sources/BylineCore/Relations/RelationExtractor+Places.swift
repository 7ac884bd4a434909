/// Where organizations are and what they belong to, from the words that describe them: "the Lyon-based
/// lender X", "X, a Lima-based company", "the Paris brokerage X", "Chile’s state-owned miner X", "a group
/// based in Y", "X in Vienna", "X, a company that is part of the conglomerate Y".
extension RelationExtractor {
    /// located_in and part_of from descriptions.
    func placements(in sentence: RelationSentence) -> [RelationCandidate] {
        var found: [RelationCandidate] = []
        for index in 0..<sentence.count {
            let word = sentence.word(index)
            // The place of "Oslo-based" is a mention inside the word when the gazetteer knows it.
            if word.hasSuffix("-based"), let place = sentence.owner(index).map({ sentence.spans[$0].entity })
                ?? entityByName[String(word.dropLast("-based".count))]
                ?? entityByName[sentence.word(index - 1) + " " + word.dropLast("-based".count)] {
                // "X, the Oslo-based lender": the description right after the name's comma.
                let appositive = ["a", "an", "the"].contains(sentence.word(index - 1)) && sentence.word(index - 2) == ","
                    ? appositionHead(in: sentence, before: index) : nil
                if let described = sentence.span(startingAt: index + 1).map(\.entity)
                    ?? describedEntity(in: sentence, after: index + 1) ?? appositive {
                    found.append(placement(described, .locatedIn, place, sentence, index))
                }
            } else if ["based", "headquartered"].contains(word), sentence.word(index + 1) == "in",
                      let place = sentence.span(startingAt: index + 2),
                      place.kind == .place, sentence.span(endingBefore: index) == nil,
                      let described = appositionHead(in: sentence, before: index) {
                found.append(placement(described, .locatedIn, place.entity, sentence, index))
            } else if word == "part", sentence.word(index + 1) == "of", ["is", "was"].contains(sentence.word(index - 1)),
                      let relative = relativePronoun(in: sentence, before: index - 1),
                      let part = appositionHead(in: sentence, before: relative),
                      let whole = belonging(in: sentence, describedFrom: index + 2, limit: sentence.count), whole.entity != part {
                found.append(placement(part, .partOf, whole.entity, sentence, index))
            }
        }
        for span in sentence.spans where span.form == .name {
            let after = span.tokens.upperBound
            if let place = placeNamed(by: span, in: sentence), sentence.startsLowercase(after),
               ["the", "a", "an"].contains(sentence.word(span.tokens.lowerBound - 1)) || sentence.isPossessive(after),
               let described = describedEntity(in: sentence, after: sentence.isPossessive(after) ? after + 1 : after),
               described != place {
                found.append(placement(described, .locatedIn, place, sentence, span.tokens.lowerBound))
            }
            if span.kind == .organization || looksLikeOrganization(span) && span.tokens.count > 1, sentence.word(after) == "in",
               let place = sentence.span(startingAt: after + 1),
               place.kind == .place, place.form == .name {
                found.append(placement(span.entity, .locatedIn, place.entity, sentence, after))
            }
        }
        return found
    }

    /// The place a mention names: a place as it is, a group through its demonym ("the Norwegian brand").
    private func placeNamed(by span: RelationSentence.Span, in sentence: RelationSentence) -> String? {
        switch span.kind {
        case .place: return span.entity
        case .group: return place(ofDemonym: sentence.text(span.tokens))
        case .organization:
            // A city the recognizer took for an organization ("the Lyon brokerage").
            let text = sentence.text(span.tokens)
            return gazetteer.contains(text, .city) || gazetteer.contains(text, .capital) ? span.entity : nil
        default: return nil
        }
    }

    /// The entity a description starting at `index` ends in: one to three lower-case words ("brokerage",
    /// "asset manager") then a name that is no place.
    private func describedEntity(in sentence: RelationSentence, after index: Int) -> String? {
        var next = index
        while next - index < 3, sentence.owner(next) == nil, sentence.startsLowercase(next),
              sentence.isTagged(next, [.noun, .adjective, .verb]) || OrganizationNounRule.nouns.contains(sentence.word(next)) {
            next += 1
        }
        // After a word for an organization ("the Geneva boutique X") any name is one, whatever its kind.
        guard next > index, let span = sentence.span(startingAt: next), span.form == .name,
              span.kind != .place || OrganizationNounRule.nouns.contains(sentence.word(next - 1)) else { return nil }
        return span.entity
    }

    /// The relative pronoun opening the clause whose verb is at `verb`: right before it ("which is part of"),
    /// or before an earlier verb of the clause it is coordinated with ("which is based in X and is part of").
    private func relativePronoun(in sentence: RelationSentence, before verb: Int) -> Int? {
        if ["that", "which"].contains(sentence.word(verb - 1)) { return verb - 1 }
        guard sentence.word(verb - 1) == "and" else { return nil }
        var back = verb - 2
        while back >= 0, verb - back < 10, !sentence.isBoundary(back) {
            if ["that", "which"].contains(sentence.word(back)) { return back }
            back -= 1
        }
        return nil
    }

    /// The name a description in apposition belongs to: "X, a Lima-based company", "X, an advocacy group
    /// based in", reading back over lower-case words and an article to a comma after a name.
    private func appositionHead(in sentence: RelationSentence, before index: Int) -> String? {
        var back = index - 1
        while index - back < 6, back >= 0, sentence.owner(back) == nil,
              sentence.startsLowercase(back) || sentence.word(back).hasSuffix("-based") { back -= 1 }
        guard sentence.word(back) == ",", let span = sentence.span(endingBefore: back), span.kind != .place,
              span.kind != .person || span.form == .name else { return nil }
        // A person is described by "a …" only; a company the recognizer took for one by "the …" too.
        let described = span.kind != .person || ["a", "an"].contains(sentence.word(back + 1)) || looksLikeOrganization(span)
        return described ? span.entity : nil
    }

    private func placement(_ subject: String, _ predicate: Predicate, _ object: String, _ sentence: RelationSentence,
                           _ cue: Int) -> RelationCandidate {
        RelationCandidate(subject: subject, predicate: predicate, object: object, value: nil, evidence: sentence.range,
                          cue: sentence.start(cue))
    }
}
