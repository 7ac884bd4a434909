/// Resolves third-person pronouns to the article's entities, preferring no link to a doubtful one.
///
/// he/she and their forms go to a person of compatible gender (from honorifics and gendered titles, then
/// first names, then the article's own pronouns already resolved to them) in the same sentence or the two
/// before; they/them/their go to an organization or group named as a subject (not after a preposition) in
/// the same or the previous sentence, and are left alone inside quotations. A pronoun of the narrative
/// never refers back to a name quoted in its own sentence, and a person noun inside a quotation blocks
/// nothing. A he/she that speaks ("…,” she said") goes to the latest speaker of its window ("Roe said",
/// "said Roe") unless someone else has since opened a sentence. Otherwise the
/// nearest sentence with a candidate wins; within it a name not after a preposition beats one after a
/// preposition, a person whose gender is known to match beats one of unknown gender, the article's topic
/// (named twice already) beats a newcomer, and the earlier name (the subject) beats a later one. Binding: "him"/"her"/"them" never mean a name in their own clause ("Roe met him"),
/// reflexives only the nearest name in their sentence. A person described by a common noun between the
/// name and the pronoun ("a spokesman said he"), not in an appositive right after the name, blocks the link, and so does a plural noun phrase for
/// "they".
enum PronounResolver {
    /// One earlier mention a pronoun may refer back to.
    struct Antecedent {
        var referent: Int
        var range: TextRange
        var sentence: Int
        /// Whether a preposition governs it ("with Roe"): it is then no subject.
        var afterPreposition: Bool
    }

    /// How far back, in sentences, a pronoun looks.
    static let personWindow = 2
    static let groupWindow = 1

    /// Adds the pronoun mentions to the referents they resolve to.
    ///
    /// A pronoun looks at the names of its window and at every pronoun resolved before it. Sentences run in
    /// text order, so only the window's mentions and the latest earlier pronoun that could qualify need
    /// looking at: an earlier pronoun outside the window qualifies by what it was resolved to alone, and
    /// those are kept in `PronounState` lists.
    static func resolve(_ referents: inout [Referent], document: Document, gazetteer: Gazetteer) {
        inferGenders(&referents, gazetteer: gazetteer)
        var antecedents: [Antecedent] = []
        for (position, referent) in referents.enumerated() where referent.isPerson || isCollective(referent.kind) {
            for mention in referent.mentions {
                let first = document.firstToken(atOrAfter: mention.range.start)
                antecedents.append(Antecedent(referent: position, range: mention.range, sentence: document.sentenceIndex(at: mention.range.start),
                                              afterPreposition: governedByPreposition(first, document: document)))
            }
        }
        antecedents.sort { $0.range < $1.range }
        var state = PronounState(referents: referents, antecedents: antecedents, document: document)
        for token in 0..<document.count {
            guard let pronoun = Pronoun.lookup(document.lower(token)) else { continue }
            let range = document.article.tokens[token].range
            guard let choice = choose(pronoun, at: token, state: state, referents: referents, document: document) else { continue }
            referents[choice.referent].mentions.append(Mention(range: range, form: .pronoun))
            if referents[choice.referent].gender == .unknown, !pronoun.isPlural {
                referents[choice.referent].gender = pronoun.gender
            }
            state.record(Antecedent(referent: choice.referent, range: range, sentence: document.sentenceIndex(of: token),
                                    afterPreposition: governedByPreposition(token, document: document)),
                         pronoun: pronoun, referents: referents, document: document)
        }
    }

    /// Whether a kind is referred to as "they".
    static func isCollective(_ kind: EntityKind) -> Bool {
        kind == .organization || kind == .group
    }

    /// Sets the gender of people the titles left unknown from their first name.
    static func inferGenders(_ referents: inout [Referent], gazetteer: Gazetteer) {
        for position in referents.indices where referents[position].isPerson && referents[position].gender == .unknown {
            let words = referents[position].name.split(separator: " ").map(String.init)
            guard words.count > 1, let first = words.first else { continue }
            if let gender = gazetteer.genders[first] ?? gazetteer.genders[first.capitalized] { referents[position].gender = gender }
        }
    }
}
