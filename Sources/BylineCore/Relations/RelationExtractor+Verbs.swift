/// Relations read from the dependency tree (the document's syntax layer): a trigger verb's subject and
/// objects ("A accused B of …", "B is backed by A and C", "A, who joined B", "A told B", "A voted against
/// B's plan"), and nouns a verb takes ("A won the backing of B", "said in an interview with B"). A statement
/// that is negated, modal, conditional, purposive or asked gives nothing.
extension RelationExtractor {
    /// What a trigger verb states, and the prepositions that may introduce its object ("" for a direct one).
    struct VerbSense {
        var predicate: Predicate
        var prepositions: Set<String>
    }

    /// Trigger verbs by form: the stance verbs, and verbs of meeting, telling, employment and membership.
    static let verbSenses: [String: VerbSense] = {
        var senses: [String: VerbSense] = [:]
        for (word, predicate) in stanceVerbs {
            let sideWith = ["side", "sides", "sided", "siding"].contains(word)
            senses[word] = VerbSense(predicate: predicate, prepositions: sideWith ? ["with"] : [""])
        }
        for word in ["vote", "votes", "voted", "voting"] { senses[word] = VerbSense(predicate: .opposes, prepositions: ["against"]) }
        for word in ["meet", "meets", "met"] { senses[word] = VerbSense(predicate: .met, prepositions: ["", "with"]) }
        for word in ["tell", "tells", "told"] { senses[word] = VerbSense(predicate: .told, prepositions: [""]) }
        for word in ["work", "works", "worked", "working"] {
            senses[word] = VerbSense(predicate: .worksFor, prepositions: ["for", "at", "in"])
        }
        for word in ["follow", "follows", "followed", "cover", "covers", "covered"] {
            senses[word] = VerbSense(predicate: .worksFor, prepositions: ["for"])
        }
        for word in ["join", "joins", "joined"] { senses[word] = VerbSense(predicate: .worksFor, prepositions: [""]) }
        for word in ["play", "plays", "played", "playing"] { senses[word] = VerbSense(predicate: .memberOf, prepositions: ["for"]) }
        return senses
    }()

    /// Verbs whose object noun carries a stance of someone else toward the verb's subject ("won the backing of").
    static let receivingVerbs: Set<String> = ["won", "wins", "win", "received", "receives", "receive", "has", "have", "had",
                                              "got", "gets", "secured", "secures", "earned", "earns", "gained", "gains"]
    /// Words that negate the verb they modify.
    static let negations: Set<String> = ["not", "n't", "never", "no"]
    /// Auxiliaries that make a statement possible, intended or future rather than a fact.
    static let modals: Set<String> = ["may", "might", "could", "would", "should", "can", "will", "shall", "must", "wo", "ca"]
    /// Subordinators that make a statement a condition or a question.
    static let conditions: Set<String> = ["if", "whether", "unless"]
    /// Clause relations through which a statement inherits the hedging of the clause it depends on.
    static let embedding: Set<Substring> = ["xcomp", "ccomp", "advcl"]

    /// The relations the sentence's trigger verbs and nouns state.
    func verbRelations(in sentence: RelationSentence) -> [RelationCandidate] {
        guard sentence.view.upos(0) != nil, sentence.word(sentence.count - 1) != "?" else { return [] }
        var found: [RelationCandidate] = []
        for cue in 0..<sentence.count {
            let word = sentence.word(cue)
            if sentence.view.upos(cue) == .verb, let sense = RelationExtractor.verbSenses[word] {
                found += verbTriggered(sense, at: cue, in: sentence)
            } else if sentence.view.upos(cue) == .noun {
                found += nounTriggered(at: cue, in: sentence)
            }
        }
        return found
    }

    private func verbTriggered(_ sense: VerbSense, at cue: Int, in sentence: RelationSentence) -> [RelationCandidate] {
        guard !isBlocked(cue, in: sentence) else { return [] }
        let tree = sentence.view
        let passive = tree.dependents(of: cue).contains { ["nsubj:pass", "aux:pass", "obl:agent"].contains(tree.deprel($0)) }
        // A noun stands for its owner after a stance ("Kenya’s proposal") or work ("in Y’s department").
        let stance = [.supports, .opposes, .accuses, .worksFor].contains(sense.predicate)
        var agents = entities(agentsOf: cue, passive: passive, in: sentence)
        var patients: [RelationSentence.Span]
        if passive {
            var tokens = tree.dependents(of: cue).filter { tree.deprel($0) == "nsubj:pass" }
            if tokens.isEmpty, tree.deprel(cue).hasPrefix("acl"), let head = tree.head(cue) { tokens = [head] }
            patients = tokens.flatMap { entities(at: $0, possessor: stance, in: sentence) }
        } else {
            patients = objectTokens(of: cue, prepositions: sense.prepositions, in: sentence)
                .flatMap { entities(at: $0, possessor: stance, in: sentence) }
        }
        switch sense.predicate {
        case .told:
            patients = patients.filter { [.person, .organization].contains($0.kind) }
            // "told Reuters she …", "told the Bergen daily X": the parser may miss the object.
            if patients.isEmpty, let span = toldObject(after: cue, in: sentence) { patients = [span] }
        case .worksFor, .memberOf:
            agents = agents.filter { $0.kind == .person }
            patients = patients.filter { $0.kind != .place || sense.predicate == .memberOf }
        default:
            break
        }
        return agents.flatMap { agent in
            patients.filter { $0.entity != agent.entity }.map { patient in
                RelationCandidate(subject: agent.entity, predicate: sense.predicate, object: patient.entity, value: nil,
                                  evidence: sentence.range, cue: sentence.start(cue))
            }
        }
    }

    /// The outlet or person right after "told", read from the tokens: a name, or one after a description
    /// ("the Bergen daily X").
    private func toldObject(after cue: Int, in sentence: RelationSentence) -> RelationSentence.Span? {
        if let span = sentence.span(startingAt: cue + 1), span.form == .name {
            return [.person, .organization].contains(span.kind) ? span : nil
        }
        guard sentence.word(cue + 1) == "the",
              let outlet = belonging(in: sentence, describedFrom: cue + 1, limit: sentence.count),
              let span = sentence.spans.first(where: { $0.entity == outlet.entity && $0.tokens.lowerBound > cue }),
              span.kind == .organization || looksLikeOrganization(span) else { return nil }
        return span
    }

    /// "A won the backing of B" (B supports A) and "A said in an interview with B" (A told B).
    private func nounTriggered(at cue: Int, in sentence: RelationSentence) -> [RelationCandidate] {
        let tree = sentence.view
        let word = sentence.word(cue)
        let predicate: Predicate
        let prepositions: Set<String>
        if word == "interview" {
            (predicate, prepositions) = (.told, ["with"])
        } else if let stance = RelationExtractor.stanceNouns[word], stance == .supports,
                  let verb = tree.head(cue), RelationExtractor.receivingVerbs.contains(sentence.word(verb)),
                  tree.deprel(cue) == "obj" {
            (predicate, prepositions) = (stance, ["of", "from"])
        } else {
            return []
        }
        guard let verb = tree.head(cue), tree.upos(verb) == .verb, !isBlocked(verb, in: sentence),
              !isHedgedNoun(in: sentence, at: cue) else { return [] }
        var phrases = tree.dependents(of: cue)
            .filter { tree.deprel($0).hasPrefix("nmod") && prepositions.contains(caseMarker(of: $0, in: sentence)) }
        if phrases.isEmpty, predicate == .supports {
            // "won an endorsement from B on Tuesday": the parser may hang the phrase on the verb.
            phrases = tree.dependents(of: verb).filter { $0 > cue && tree.deprel($0) == "obl" && caseMarker(of: $0, in: sentence) == "from" }
        }
        let others = phrases.flatMap { entities(at: $0, possessor: false, in: sentence) }
        let holders = entities(agentsOf: verb, passive: false, in: sentence)
        return holders.flatMap { holder in
            others.filter { $0.entity != holder.entity }.map { other in
                let (subject, object) = predicate == .told ? (holder, other) : (other, holder)
                return RelationCandidate(subject: subject.entity, predicate: predicate, object: object.entity, value: nil,
                                         evidence: sentence.range, cue: sentence.start(cue))
            }
        }
    }

    /// The entities doing what a verb states: its subject (the "by" phrase when passive), else the subject of
    /// the verb it is coordinated with or of a factual verb it completes ("chose to side with").
    func entities(agentsOf verb: Int, passive: Bool, in sentence: RelationSentence) -> [RelationSentence.Span] {
        let tree = sentence.view
        let relation = passive ? "obl:agent" : "nsubj"
        let tokens = tree.dependents(of: verb).filter { tree.deprel($0) == relation }
        if !tokens.isEmpty {
            return tokens.flatMap { entities(at: $0, possessor: false, in: sentence) }
        }
        guard let head = tree.head(verb) else { return [] }
        switch tree.deprel(verb) {
        case "conj" where tree.upos(head) == .verb:
            let headPassive = tree.dependents(of: head).contains { ["nsubj:pass", "aux:pass"].contains(tree.deprel($0)) }
            return passive || headPassive ? [] : entities(agentsOf: head, passive: false, in: sentence)
        case "xcomp" where RelationExtractor.factualBeforeTo.contains(sentence.word(head)):
            return entities(agentsOf: head, passive: false, in: sentence)
        default:
            return []
        }
    }

    /// The tokens a verb takes as objects: direct objects when it takes them, and phrases introduced by one
    /// of its prepositions (on the verb, or on its object when it takes none directly).
    private func objectTokens(of verb: Int, prepositions: Set<String>, in sentence: RelationSentence) -> [Int] {
        let tree = sentence.view
        let marked = { (token: Int) in prepositions.contains(self.caseMarker(of: token, in: sentence)) }
        return tree.dependents(of: verb).flatMap { token -> [Int] in
            let relation = tree.deprel(token)
            if ["obj", "iobj"].contains(relation) {
                // "follows the sector for Y": the phrase may hang from the object.
                let attached = tree.dependents(of: token).filter { tree.deprel($0).hasPrefix("nmod") && marked($0) }
                return (prepositions.contains("") ? [token] : []) + (prepositions.contains("") ? [] : attached)
            }
            return relation.hasPrefix("obl") && relation != "obl:agent" && marked(token) ? [token] : []
        }
    }

    /// The preposition marking a nominal ("with" in "with Kenya"), or "" when it has none.
    func caseMarker(of token: Int, in sentence: RelationSentence) -> String {
        let tree = sentence.view
        return tree.dependents(of: token).first { tree.deprel($0) == "case" && $0 < token }.map { sentence.word($0) } ?? ""
    }

    /// The entities a token and the tokens coordinated with it name: its mention, the antecedent of a
    /// relative pronoun, the name in apposition to a noun ("its leader, X"), or (for stances) the owner of
    /// a noun ("Kenya's proposal").
    func entities(at token: Int, possessor: Bool, in sentence: RelationSentence) -> [RelationSentence.Span] {
        let tree = sentence.view
        var found: [RelationSentence.Span] = []
        var pending = [token]
        var seen: Set<Int> = []
        while let next = pending.popLast() {
            guard seen.insert(next).inserted, seen.count < 12 else { continue }
            if let owner = sentence.owner(next) {
                // A demonym opening a name the recognizer missed ("the Portuguese Industrial Confederation")
                // is not what the name stands for.
                let span = sentence.spans[owner]
                let after = span.tokens.upperBound
                if span.kind != .group || !sentence.isCapitalized(after) || sentence.owner(after) != nil
                    || titleEnd(in: sentence, at: after, limit: sentence.count) != nil { found.append(span) }
            } else if ["who", "which", "that"].contains(sentence.word(next)), let verb = tree.head(next),
                      tree.deprel(verb) == "acl:relcl", let antecedent = tree.head(verb), antecedent != next {
                pending.append(antecedent)
            } else if sentence.word(next) == "who", sentence.word(next - 1) == ",",
                      let named = sentence.span(endingBefore: next - 1), named.form == .name {
                // "X, who follows …" parsed as no relative clause: the name before the comma.
                found.append(named)
            } else if sentence.isTagged(next, [.noun, .properNoun]), let named = nameInApposition(to: next, in: sentence) {
                // "Its leader, X, accused …", "told the newspaper X"
                found.append(sentence.spans[sentence.owner(named)!])
            } else if possessor, tree.upos(next) == .noun,
                      let owned = tree.dependents(of: next).first(where: { tree.deprel($0) == "nmod:poss" }),
                      let owner = sentence.owner(owned) {
                found.append(sentence.spans[owner])
            }
            pending += tree.dependents(of: next).filter { tree.deprel($0) == "conj" }.reversed()
        }
        var unique: Set<String> = []
        return found.filter { unique.insert($0.entity).inserted }
    }

    /// The name a noun is followed by in apposition ("its leader, X", "the newspaper X"), a person's first;
    /// a name before the noun only modifies it ("the Copenhagen team").
    func nameInApposition(to noun: Int, in sentence: RelationSentence) -> Int? {
        let tree = sentence.view
        let isNamed = { (dependent: Int) in
            ["appos", "flat", "compound"].contains(tree.deprel(dependent)) && sentence.owner(dependent) != nil
        }
        var named = tree.dependents(of: noun).filter { $0 > noun && isNamed($0) }
        if named.isEmpty {
            // "Its director of prevention, X": the parser may hang the name on the noun's complement.
            named = tree.dependents(of: noun).filter { $0 > noun && tree.deprel($0) == "nmod" && sentence.owner($0) == nil }
                .flatMap { tree.dependents(of: $0).filter { $0 > noun && tree.deprel($0) == "appos" && isNamed($0) } }
        }
        return named.first { sentence.spans[sentence.owner($0)!].kind == .person } ?? named.first
    }

    /// Whether a verb's statement is negated, modal, conditional or an unfulfilled purpose ("flew in to meet
    /// X"), itself or through the clauses it depends on ("refused to endorse", "did not say whether she backs").
    func isBlocked(_ verb: Int, in sentence: RelationSentence) -> Bool {
        let tree = sentence.view
        var node = verb
        for depth in 0..<5 {
            for dependent in tree.dependents(of: node) {
                let word = sentence.word(dependent)
                let relation = tree.deprel(dependent)
                if relation.hasPrefix("advmod") || relation == "det",
                   RelationExtractor.negations.contains(word)
                    || tree.dependents(of: dependent).contains(where: { RelationExtractor.negations.contains(sentence.word($0)) }) {
                    return true // "not", "never", "no longer"
                }
                if relation.hasPrefix("aux"), RelationExtractor.modals.contains(word) || RelationExtractor.negations.contains(word) {
                    return true
                }
                if relation == "mark", RelationExtractor.conditions.contains(word) { return true }
                if depth == 0, relation == "mark", word == "to",
                   !RelationExtractor.factualBeforeTo.contains(tree.head(node).map { sentence.word($0) } ?? "") { return true }
            }
            if depth > 0, RelationExtractor.hedges.contains(sentence.word(node)) { return true }
            guard RelationExtractor.embedding.contains(tree.deprel(node).prefix { $0 != ":" }), let head = tree.head(node) else {
                return false
            }
            node = head
        }
        return false
    }
}
