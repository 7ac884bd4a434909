/// Roles stated by a verb of leading ("X, who heads Y’s research unit", "Y, led by X") and party
/// membership ("X, a Democrat", "Democratic Representative X").
extension RelationExtractor {
    /// Verbs of leading and the title each gives.
    static let leadingVerbs: [String: String] = [
        "heads": "head", "headed": "head", "leads": "leader", "led": "leader", "runs": "head", "ran": "head",
        "chairs": "chair", "chaired": "chair", "directs": "director", "directed": "director",
    ]

    /// "X, who heads Y’s unit" and "X heads the unit at Y" give X the title of head of Y; "Y, led by X"
    /// makes X the leader of Y.
    func leadingRoles(in sentence: RelationSentence) -> [RelationCandidate] {
        let tree = sentence.view
        var found: [RelationCandidate] = []
        for cue in 0..<sentence.count where tree.upos(cue) == .verb {
            guard let value = RelationExtractor.leadingVerbs[sentence.word(cue)], !isBlocked(cue, in: sentence) else { continue }
            let passive = tree.dependents(of: cue).contains { tree.deprel($0) == "obl:agent" }
            let leaders = entities(agentsOf: cue, passive: passive, in: sentence).filter { $0.kind == .person }
            var led: [String] = []
            if passive {
                if tree.deprel(cue).hasPrefix("acl"), let head = tree.head(cue) {
                    led = entities(at: head, possessor: false, in: sentence).filter { $0.kind != .person }.map(\.entity)
                }
            } else if let object = tree.dependents(of: cue).first(where: { tree.deprel($0) == "obj" }) {
                // "heads the unit at Y": the place of the unit may hang from the verb.
                let at = tree.dependents(of: cue).filter { tree.deprel($0) == "obl" && ["at", "of"].contains(caseMarker(of: $0, in: sentence)) }
                led = ([object] + at).lazy.compactMap { self.ledOrganization(from: $0, in: sentence) }.first.map { [$0] } ?? []
            }
            for leader in leaders {
                for organization in led where organization != leader.entity {
                    found.append(RelationCandidate(subject: leader.entity, predicate: .title, object: organization, value: value,
                                                   evidence: sentence.range, cue: sentence.start(cue)))
                }
            }
        }
        return found
    }

    /// The organization a led thing names or belongs to: itself, its owner ("Y’s unit") or what it is of
    /// or at ("the unit at Y"), two levels down at most.
    private func ledOrganization(from token: Int, in sentence: RelationSentence) -> String? {
        let tree = sentence.view
        var level = [token]
        for _ in 0..<3 {
            for node in level {
                if let owner = sentence.owner(node), sentence.spans[owner].kind != .person || tree.deprel(node) != "obj" {
                    return sentence.spans[owner].entity
                }
            }
            level = level.flatMap { node in
                tree.dependents(of: node).filter { ["nmod:poss", "nmod", "compound"].contains(tree.deprel($0)) }
            }
        }
        return nil
    }

    /// The person a description in apposition or after a copula belongs to: "X, a …", "X is a …", "X, … , is a …".
    func describedPerson(endingBefore article: Int, in sentence: RelationSentence) -> RelationSentence.Span? {
        var end = article
        if ["is", "was"].contains(sentence.word(end - 1)) { end -= 1 }
        if sentence.word(end - 1) == "," { end -= 1 }
        guard end < article, let person = sentence.span(endingBefore: end), person.kind == .person,
              !RelationExtractor.negations.contains(sentence.word(article - 1)) else { return nil }
        return person
    }

    /// "X, a Democrat," and "Democratic Representative X": a person and the party a group mention names
    /// (not a nationality: "X, the Argentine,").
    func partyMemberships(in sentence: RelationSentence) -> [RelationCandidate] {
        var found: [RelationCandidate] = []
        for (position, span) in sentence.spans.enumerated() where span.kind == .group && span.form == .name {
            let text = sentence.text(span.tokens)
            guard gazetteer.demonymPlaces[text] == nil, gazetteer.demonymPlaces[text.capitalized] == nil else { continue }
            let before = span.tokens.lowerBound - 1
            if ["a", "an"].contains(sentence.word(before)), let person = describedPerson(endingBefore: before, in: sentence) {
                found.append(RelationCandidate(subject: person.entity, predicate: .memberOf, object: span.entity, value: nil,
                                               evidence: sentence.range, cue: sentence.start(span.tokens.lowerBound)))
            } else if position + 1 < sentence.spans.count {
                let next = sentence.spans[position + 1]
                guard next.kind == .person, next.form == .name,
                      let phrase = titlePhrase(in: sentence, from: span.tokens.upperBound, limit: next.tokens.lowerBound,
                                               article: false),
                      phrase.end == next.tokens.lowerBound else { continue }
                found.append(RelationCandidate(subject: next.entity, predicate: .memberOf, object: span.entity, value: nil,
                                               evidence: sentence.range, cue: sentence.start(span.tokens.lowerBound)))
            }
        }
        return found
    }
}
