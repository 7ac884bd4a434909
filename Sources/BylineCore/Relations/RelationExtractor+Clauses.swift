/// Finding the subject and objects of a relation's trigger word, and telling negated or hedged statements.
extension RelationExtractor {
    /// Words that may stand between a subject and its verb ("Russia – who has long supported").
    static let bridges: Set<String> = ["has", "have", "had", "is", "was", "are", "were", "been", "be", "being", "also",
                                       "who", "which", "that", ",", "–", "—", "-", "now", "still", "again", "long",
                                       "did", "does", "do", "meanwhile", "then", "already"]
    /// Words that make a statement negated, hypothetical or contested: it gives no relation.
    static let hedges: Set<String> = ["not", "n't", "never", "no", "denied", "denies", "deny", "denying", "refused",
                                      "refuses", "declined", "declines", "to", "will", "would", "may", "might", "could",
                                      "should", "can", "cannot", "plans", "planned", "hopes", "hoped", "wants",
                                      "wanted", "expected", "stopped", "ceased", "longer", "allegedly", "reportedly",
                                      "if", "whether", "wo", "ca", "neither", "nor", "without", "rejected", "rejects"]
    /// Verbs after which "to" still states a fact ("chose to side with").
    static let factualBeforeTo: Set<String> = ["chose", "decided", "continued", "opted", "voted", "moved", "agreed"]
    /// Pronouns that own a noun ("its support"); "she" before "was backed" owns nothing.
    static let possessivePronouns: Set<String> = ["its", "his", "her", "their", "our", "my", "your"]
    /// Words that open a subordinate clause: a name in one is no subject of the main clause after the comma.
    static let subordinators: Set<String> = ["if", "whether", "unless", "when", "after", "before", "because", "as",
                                             "while", "since", "although", "though", "once", "until"]
    /// Words before a noun trigger that make it hypothetical or negated ("a planned meeting").
    static let nounHedges: Set<String> = ["planned", "proposed", "possible", "upcoming", "canceled", "cancelled",
                                          "scheduled", "future", "no", "potential", "postponed", "denied", "any",
                                          "without", "lack"]

    /// The subject of a verb at `cue`: the nearest mention before it with only auxiliaries, adverbs and
    /// relative pronouns between, or nil when there is none or the statement is negated or hedged.
    func subject(in sentence: RelationSentence, before cue: Int, kinds: Set<EntityKind>) -> RelationSentence.Span? {
        var index = cue - 1
        var crossedComma = false
        var relative = false
        while index >= 0 {
            let word = sentence.word(index)
            if word == "to", RelationExtractor.factualBeforeTo.contains(sentence.word(index - 1)) {
                index -= 2
                continue
            }
            if RelationExtractor.hedges.contains(word) { return nil }
            if ["who", "which", "that"].contains(word), !crossedComma { relative = true }
            if [",", "–", "—", "-"].contains(word) { crossedComma = true }
            if sentence.dates.contains(index) {
                index -= 1
                if ["on", "in", "at", "since"].contains(sentence.word(index)), !sentence.dates.contains(index) { index -= 1 }
                continue
            }
            if let owner = sentence.owner(index) {
                let span = sentence.spans[owner]
                let before = sentence.word(span.tokens.lowerBound - 1)
                if span.kind == .place, ["in", "at", "from", "to"].contains(before) {
                    index = span.tokens.lowerBound - 2
                    continue
                }
                if ["a", "an", "the"].contains(before), sentence.word(span.tokens.lowerBound - 2) == "," {
                    index = span.tokens.lowerBound - 3
                    continue
                }
                if sentence.isPossessive(span.tokens.upperBound) { return nil }
                if crossedComma, !relative, !isClauseInitial(span, in: sentence) { return nil }
                if isConditional(before: span.tokens.lowerBound, in: sentence) { return nil }
                return kinds.contains(span.kind) ? span : nil
            }
            guard RelationExtractor.bridges.contains(word) || (word.hasSuffix("ly") && word.count > 3) else { return nil }
            index -= 1
        }
        return nil
    }

    /// Whether the clause holding a token opens with "if", "whether" or "unless" (read back to a comma or
    /// the sentence's start).
    func isConditional(before index: Int, in sentence: RelationSentence) -> Bool {
        var back = index - 1
        while back >= 0, ![",", ";", "–", "—"].contains(sentence.word(back)) {
            if RelationExtractor.conditions.contains(sentence.word(back)) { return true }
            back -= 1
        }
        return false
    }

    /// Whether a mention opens its clause (so it is no object of an earlier verb): at the sentence's start,
    /// after punctuation, a conjunction, a determiner or a capitalized title word.
    func isClauseInitial(_ span: RelationSentence.Span, in sentence: RelationSentence) -> Bool {
        let before = span.tokens.lowerBound - 1
        return before < 0 || sentence.isBoundary(before) || ["and", "but", "the"].contains(sentence.word(before))
            || sentence.isCapitalized(before)
    }

    /// The mentions a verb or preposition at `start` takes as objects, coordinated ones included, skipping
    /// determiners, titles and the organizations or places that own them ("NATO Secretary General X").
    func objects(in sentence: RelationSentence, from start: Int, coordinated: Bool) -> (spans: [RelationSentence.Span], end: Int) {
        var found: [RelationSentence.Span] = []
        var index = start
        while index < sentence.count {
            while ["the", "a", "an", "former", "acting"].contains(sentence.word(index)), sentence.owner(index) == nil {
                index += 1
            }
            if let span = sentence.span(startingAt: index) {
                // A demonym opening a name the recognizer missed ("the Portuguese Industrial Confederation").
                if span.kind == .group, sentence.isCapitalized(span.tokens.upperBound), sentence.owner(span.tokens.upperBound) == nil,
                   titleEnd(in: sentence, at: span.tokens.upperBound, limit: sentence.count) == nil { break }
                let possessive = sentence.isPossessive(span.tokens.upperBound)
                let after = possessive ? span.tokens.upperBound + 1 : span.tokens.upperBound
                // "praised the Copenhagen team": the place only describes the thing.
                if span.kind == .place, !possessive, sentence.startsLowercase(after), sentence.isTagged(after, [.noun]) { break }
                if span.kind != .person, titleEnd(in: sentence, at: after, limit: sentence.count) != nil {
                    index = after
                    continue
                }
                if possessive {
                    guard sentence.span(startingAt: after) != nil else { break }
                    index = after
                    continue
                }
                found.append(span)
                index = span.tokens.upperBound
            } else if let end = titleEnd(in: sentence, at: index, limit: sentence.count) {
                index = sentence.word(end) == "," ? end + 1 : end
                continue
            } else if sentence.owner(index) == nil, place(ofDemonym: sentence.text(index)) != nil {
                index += 1
                continue
            } else {
                break
            }
            guard coordinated, ["and", ","].contains(sentence.word(index)) else { break }
            let next = sentence.word(index + 1) == "and" ? index + 2 : index + 1
            if sentence.word(index) == ",", next == index + 1 {
                guard let listed = sentence.span(startingAt: next),
                      [",", "and"].contains(sentence.word(listed.tokens.upperBound)) else { break }
            }
            guard sentence.span(startingAt: next) != nil || titleEnd(in: sentence, at: next, limit: sentence.count) != nil
                || ["the", "a", "an", "former", "acting"].contains(sentence.word(next))
                || place(ofDemonym: sentence.word(next).capitalized) != nil else { break }
            index = next
        }
        return (found, index)
    }

    /// The mention owning a noun trigger through a possessive ("Russia’s support", "its support"), allowing
    /// up to two words between ("Russia’s continued military support"); nil if the noun is hedged.
    func possessor(in sentence: RelationSentence, of cue: Int) -> RelationSentence.Span? {
        for gap in 0...2 {
            let end = cue - gap
            let between = (end..<cue).map { sentence.word($0) }
            guard between.allSatisfy({ !$0.isEmpty && $0.first?.isLetter ?? false && !RelationExtractor.nounHedges.contains($0) })
            else { return nil }
            if sentence.isPossessive(end - 1), let span = sentence.span(endingBefore: end - 1) { return span }
            if let span = sentence.span(endingBefore: end), span.form == .pronoun,
               RelationExtractor.possessivePronouns.contains(sentence.word(end - 1)) { return span }
        }
        return nil
    }

    /// Whether the words just before a noun trigger hedge it ("a planned meeting", "denied any support").
    func isHedgedNoun(in sentence: RelationSentence, at cue: Int) -> Bool {
        (max(0, cue - 4)..<cue).contains { RelationExtractor.nounHedges.contains(sentence.word($0)) || sentence.word($0) == "denied" }
    }
}
