/// Nominal mentions: “the company”, “the club”, “the ministry” referring back to an organization the
/// article has named.
///
/// “the” and a noun of `OrganizationNouns` (not followed by a name, “of” or “that”, which make it another
/// thing) between a name and a comma, and a comma or a full stop, is an appositive: the name's, if it is
/// an organization's (“Pellmore, the miner, said”), else nothing. Elsewhere it refers to an
/// organization named in its sentence or the two before whose name fits the noun:
/// one with a name word of the noun's class (“the bank” for “Norvik Bank”) before one with a bare name
/// (“the bank” for “Norvik”, for classes that allow it), never one whose name says another class (“the
/// ministry” is not “Norvik Bank”); a nominal mention linked before counts as a mention of its
/// organization. Those that fit in the latest sentence with any, not after a preposition (or all of that
/// sentence when each is), must be one organization, else nothing is linked; the same noun written
/// without “the” in between (“a rival bank”) may be what is meant, and blocks the link too, as does, for
/// an organization of an earlier sentence, a place no list knows before the noun in its own sentence (it
/// may be an organization the recognizer took for a place: “Norvik's chief said the lender …”).
enum NominalMentionFinder {
    /// How many sentences before its own a nominal mention looks for the organization.
    static let window = 2

    /// One earlier mention of an organization a nominal mention may refer to.
    private struct Candidate {
        var referent: Int
        var token: Int
        var end: Int
        var sentence: Int
        var afterPreposition: Bool
    }

    /// The nominal mentions of the article, each with the position of the referent it refers to.
    static func mentions(_ referents: [Referent], document: Document, gazetteer: Gazetteer,
                         nouns: OrganizationNouns = .bundled) -> [(referent: Int, mention: Mention)] {
        var named = Set<Int>()
        var candidates: [Candidate] = []
        var nameClasses: [Int: Set<Int>] = [:]
        var unlistedPlaces: [Int: [Int]] = [:]
        for (position, referent) in referents.enumerated() {
            let unlisted = referent.kind == .place
                && gazetteer.lookup(referent.name).isDisjoint(with: [.country, .city, .capital, .region, .placeAlias])
            for mention in referent.mentions {
                let tokens = document.tokens(in: mention.range)
                named.formUnion(tokens)
                if unlisted, let first = tokens.first { unlistedPlaces[document.sentenceIndex(of: first), default: []].append(first) }
                guard referent.kind == .organization, mention.form == .name, !tokens.isEmpty else { continue }
                candidates.append(Candidate(referent: position, token: tokens.lowerBound, end: tokens.upperBound,
                                            sentence: document.sentenceIndex(of: tokens.lowerBound),
                                            afterPreposition: PronounResolver.governedByPreposition(tokens.lowerBound, document: document)))
            }
            if referent.kind == .organization { nameClasses[position] = nouns.classes(ofName: referent.name) }
        }
        candidates.sort { $0.token < $1.token }
        var found: [(referent: Int, mention: Mention)] = []
        // The nominal mentions linked so far, as candidates for later ones (“the company … the company”).
        var linked: [Candidate] = []
        var token = 0
        while token + 1 < document.count {
            defer { token += 1 }
            let noun = token + 1
            guard document.lower(token) == "the", document.isLowercaseWord(noun), let nounClass = nouns.nounClasses[document.lower(noun)],
                  !named.contains(token), !named.contains(noun), !introducesAnotherThing(noun + 1, document: document) else { continue }
            let sentence = document.sentenceIndex(of: token)
            if document.text(token - 1) == ",", document.isCapitalized(token - 2), [",", ".", ";", ")"].contains(document.text(noun + 1)) {
                let position = PronounState.firstIndex(in: candidates) { $0.end >= token - 1 }
                if position < candidates.count, candidates[position].end == token - 1, let range = document.span(token, noun) {
                    found.append((candidates[position].referent, Mention(range: range, form: .nominal)))
                }
                token = noun
                continue
            }
            var fitting: [(candidate: Candidate, exact: Bool)] = []
            for list in [candidates, linked] {
                var position = PronounState.firstIndex(in: list) { $0.token >= token } - 1
                while position >= 0, list[position].sentence >= sentence - window {
                    let candidate = list[position]
                    position -= 1
                    guard let classes = nameClasses[candidate.referent] else { continue }
                    if classes.contains(nounClass) {
                        fitting.append((candidate, true))
                    } else if classes.isEmpty, nouns.classes[nounClass].allowsBareNames {
                        fitting.append((candidate, false))
                    }
                }
            }
            let tier = (fitting.contains { $0.exact } ? fitting.filter(\.exact) : fitting).map(\.candidate)
            guard let latest = tier.map(\.sentence).max() else { continue }
            let inLatest = tier.filter { $0.sentence == latest }
            let subjects = inLatest.filter { !$0.afterPreposition }
            let nearest = subjects.isEmpty ? inLatest : subjects
            guard let chosen = nearest.first, nearest.allSatisfy({ $0.referent == chosen.referent }),
                  let last = tier.filter({ $0.referent == chosen.referent }).map(\.end).max(),
                  !sameNounBetween(last, token, noun: document.lower(noun), document: document),
                  latest == sentence || !(unlistedPlaces[sentence] ?? []).contains(where: { $0 < token }),
                  let range = document.span(token, noun) else { continue }
            found.append((chosen.referent, Mention(range: range, form: .nominal)))
            linked.append(Candidate(referent: chosen.referent, token: token, end: noun + 1, sentence: sentence, afterPreposition: false))
            token = noun
        }
        return found
    }

    /// Whether the words after the noun make it another thing than a named organization: a name
    /// (“the company Volvo”), “of” or “that” (“the party of reform”, “the firm that built it”).
    private static func introducesAnotherThing(_ next: Int, document: Document) -> Bool {
        if document.isCapitalized(next), document.kind(next) == .word { return true }
        return ["of", "that"].contains(document.lower(next))
    }

    /// Whether the noun is written between two tokens without “the” before it (“a rival bank”).
    private static func sameNounBetween(_ start: Int, _ end: Int, noun: String, document: Document) -> Bool {
        (start..<end).contains { document.lower($0) == noun && document.lower($0 - 1) != "the" }
    }
}
