/// Meetings ("met", "meeting with", "held talks with") and stances: support, opposition and accusation from
/// verbs ("who supports X", "accused Z of") and nouns ("X’s support of Y").
extension RelationExtractor {
    /// Stance verbs and the predicate each gives.
    static let stanceVerbs: [String: Predicate] = {
        var verbs: [String: Predicate] = [:]
        for word in ["support", "supports", "supported", "supporting", "backs", "backed", "backing", "endorse",
                     "endorses", "endorsed", "endorsing", "side", "sides", "sided", "siding", "praise", "praises", "praised",
                     "praising"] { verbs[word] = .supports }
        for word in ["oppose", "opposes", "opposed", "opposing", "condemn", "condemns", "condemned", "condemning",
                     "criticize", "criticizes", "criticized", "criticizing", "criticise", "criticises", "criticised",
                     "criticising", "denounce", "denounces", "denounced", "denouncing", "attacked", "attacks"] { verbs[word] = .opposes }
        for word in ["accuse", "accuses", "accused", "accusing", "blame", "blames", "blamed", "blaming"] {
            verbs[word] = .accuses
        }
        return verbs
    }()
    /// Stance nouns and the predicate each gives ("support of", "opposition to", "accusations against").
    static let stanceNouns: [String: Predicate] = [
        "support": .supports, "backing": .supports, "endorsement": .supports,
        "opposition": .opposes, "condemnation": .opposes, "criticism": .opposes,
        "accusation": .accuses, "accusations": .accuses,
    ]
    /// Meeting words; "met" and "meet" are verbs only.
    static let meetingWords: Set<String> = ["met", "meet", "meets", "meeting", "meetings", "talks"]
    /// Words before a meeting word that make it a noun ("a meeting with").
    static let nounMarkers: Set<String> = ["a", "an", "the", "his", "her", "their", "its", "our", "after", "following",
                                           "before", "during", "'s", "first", "recent", "brief", "private", "secret"]
    /// Kinds that can meet or take a stance.
    static let actors: Set<EntityKind> = [.person, .organization, .place, .group]

    /// "X met (with) Y", "X was in Moscow meeting with Y and Z", "following a meeting with Y, X said",
    /// "X held talks with Y".
    func meetings(in sentence: RelationSentence) -> [RelationCandidate] {
        var found: [RelationCandidate] = []
        for cue in 0..<sentence.count where RelationExtractor.meetingWords.contains(sentence.word(cue)) && !isBlocked(cue, in: sentence) {
            let word = sentence.word(cue)
            var objectStart = cue + 1
            if ["met", "meet"].contains(word), let pair = reciprocal(in: sentence, before: cue) {
                found.append(RelationCandidate(subject: pair.0, predicate: .met, object: pair.1, value: nil,
                                               evidence: sentence.range, cue: sentence.start(cue)))
                continue
            }
            if sentence.word(objectStart) == "with" { objectStart += 1 } else if !["met", "meet", "meets"].contains(word) { continue }
            let isTalks = word == "talks"
            let held = isTalks && ["held", "hold", "holds", "holding"].contains(sentence.word(cue - 1))
            let isNoun = (isTalks && !held) || (["meeting", "meetings"].contains(word)
                && RelationExtractor.nounMarkers.contains(sentence.word(cue - 1)))
            let objectList = objects(in: sentence, from: objectStart, coordinated: true)
            let persons = objectList.spans.filter { $0.kind == .person }
            let targets = persons.isEmpty ? objectList.spans.filter { $0.kind == .organization } : persons
            guard !targets.isEmpty else { continue }
            let actor: RelationSentence.Span?
            if isNoun {
                guard !isHedgedNoun(in: sentence, at: cue) else { continue }
                actor = possessor(in: sentence, of: cue) ?? mainSubject(in: sentence, after: objectList.end)
            } else {
                actor = subject(in: sentence, before: held ? cue - 1 : cue, kinds: [.person, .organization])
            }
            guard let actor else { continue }
            for target in targets where target.entity != actor.entity {
                found.append(RelationCandidate(subject: actor.entity, predicate: .met, object: target.entity, value: nil,
                                               evidence: sentence.range, cue: sentence.start(cue)))
            }
        }
        return found
    }

    /// "X and Y met (in Paris)": two people joined by "and" as the clause's subject, with no object after.
    func reciprocal(in sentence: RelationSentence, before cue: Int) -> (String, String)? {
        let next = sentence.word(cue + 1)
        guard sentence.isBoundary(cue + 1) || ["in", "on", "at", "for", "last", "privately", "briefly"].contains(next)
                || sentence.dates.contains(cue + 1),
              let second = subject(in: sentence, before: cue, kinds: [.person, .organization, .place]) else { return nil }
        let start = (0..<second.tokens.lowerBound).last { sentence.isBoundary($0) }.map { $0 + 1 } ?? 0
        let people = sentence.spans.filter { $0.tokens.lowerBound >= start && $0.tokens.upperBound <= second.tokens.lowerBound
            && $0.kind == second.kind }
        guard let first = people.last,
              (first.tokens.upperBound..<second.tokens.lowerBound).contains(where: { sentence.word($0) == "and" }),
              first.entity != second.entity else { return nil }
        return (first.entity, second.entity)
    }

    /// The subject of the main clause after a fronted phrase ("…, Okafor said"): the first person or
    /// organization after the next comma.
    func mainSubject(in sentence: RelationSentence, after index: Int) -> RelationSentence.Span? {
        guard sentence.word(index) == ",", let span = sentence.span(startingAt: index + 1),
              [.person, .organization].contains(span.kind) else { return nil }
        return span
    }

    /// Support, opposition and accusation from verbs (active and passive) and possessed nouns.
    func stances(in sentence: RelationSentence) -> [RelationCandidate] {
        var found: [RelationCandidate] = []
        for cue in 0..<sentence.count {
            let word = sentence.word(cue)
            var pairs: [(subject: String, object: String)] = []
            if let predicate = RelationExtractor.stanceNouns[word],
               ["of", "for", "to", "against"].contains(sentence.word(cue + 1)),
               let owner = possessor(in: sentence, of: cue), !isHedgedNoun(in: sentence, at: cue) {
                pairs = objects(in: sentence, from: cue + 2, coordinated: true).spans.map { (owner.entity, $0.entity) }
                found += pairs.map { stance($0.subject, predicate, $0.object, sentence, cue) }
                continue
            }
            if let (subject, predicate, object) = relationNoun(at: cue, in: sentence) {
                found.append(stance(subject, predicate, object, sentence, cue))
                continue
            }
            guard let predicate = RelationExtractor.stanceVerbs[word], sentence.owner(cue) == nil,
                  possessor(in: sentence, of: cue) == nil, !isBlocked(cue, in: sentence) else { continue }
            var objectStart = cue + 1
            if ["side", "sides", "sided", "siding"].contains(word), sentence.word(objectStart) != "with" { continue }
            if ["with", "to"].contains(sentence.word(objectStart)) { objectStart += 1 }
            if sentence.word(objectStart) == "by" {
                guard let patient = subject(in: sentence, before: cue, kinds: RelationExtractor.actors) else { continue }
                pairs = objects(in: sentence, from: objectStart + 1, coordinated: true).spans
                    .filter { RelationExtractor.actors.contains($0.kind) }.map { ($0.entity, patient.entity) }
            } else if let agent = subject(in: sentence, before: cue, kinds: RelationExtractor.actors) {
                pairs = objects(in: sentence, from: objectStart, coordinated: true).spans.map { (agent.entity, $0.entity) }
            }
            found += pairs.map { stance($0.subject, predicate, $0.object, sentence, cue) }
        }
        return found
    }

    /// Nouns naming someone by their stance toward another: "Her challenger, X" (X opposes her), "X, a close
    /// ally of Y" (X supports Y), "X is a fierce critic of Y" (X opposes Y).
    static let relationNouns: [String: Predicate] = ["challenger": .opposes, "rival": .opposes, "opponent": .opposes,
                                                     "critic": .opposes, "ally": .supports, "supporter": .supports]

    /// The stance a relation noun at `cue` states: owned and followed by a name in apposition ("Her
    /// challenger, X"), or describing a name and followed by "of" ("X, a close ally of Y").
    func relationNoun(at cue: Int, in sentence: RelationSentence) -> (String, Predicate, String)? {
        guard let predicate = RelationExtractor.relationNouns[sentence.word(cue)], sentence.owner(cue) == nil else { return nil }
        if sentence.word(cue + 1) == ",", let owner = possessor(in: sentence, of: cue),
           let named = sentence.span(startingAt: cue + 2), named.kind == .person, named.form == .name {
            return (named.entity, predicate, owner.entity)
        }
        guard sentence.word(cue + 1) == "of", !isHedgedNoun(in: sentence, at: cue),
              let article = (max(0, cue - 3)..<cue).last(where: { ["a", "an"].contains(sentence.word($0)) }),
              (article + 1..<cue).allSatisfy({ sentence.owner($0) == nil && sentence.startsLowercase($0) }),
              let described = describedPerson(endingBefore: article, in: sentence),
              let object = objects(in: sentence, from: cue + 2, coordinated: false).spans.first else { return nil }
        return (described.entity, predicate, object.entity)
    }

    private func stance(_ subject: String, _ predicate: Predicate, _ object: String, _ sentence: RelationSentence,
                        _ cue: Int) -> RelationCandidate {
        RelationCandidate(subject: subject, predicate: predicate, object: object, value: nil, evidence: sentence.range,
                          cue: sentence.start(cue))
    }
}
