/// A third-person pronoun: its gender, number and grammatical role. First- and second-person pronouns
/// are not here: inside quotations they mean the speaker and the addressee, which quote attribution
/// settles.
struct Pronoun: Hashable {
    /// The grammatical role a pronoun form plays.
    enum Role: Hashable {
        case subject, object, possessive, reflexive
        /// "her": object or possessive; the next word tells (see `PronounResolver.role`).
        case objectOrPossessive
    }

    var gender: Gender
    var isPlural: Bool
    var role: Role
    /// "it", "its": only an organization, only in narrow places (`PronounResolver.chooseNeuter`).
    var isNeuter = false

    /// The pronoun a lowercased word is, if it is one this stage resolves.
    static func lookup(_ word: String) -> Pronoun? {
        switch word {
        case "he": Pronoun(gender: .male, isPlural: false, role: .subject)
        case "him": Pronoun(gender: .male, isPlural: false, role: .object)
        case "his": Pronoun(gender: .male, isPlural: false, role: .possessive)
        case "himself": Pronoun(gender: .male, isPlural: false, role: .reflexive)
        case "she": Pronoun(gender: .female, isPlural: false, role: .subject)
        case "her": Pronoun(gender: .female, isPlural: false, role: .objectOrPossessive)
        case "hers": Pronoun(gender: .female, isPlural: false, role: .possessive)
        case "herself": Pronoun(gender: .female, isPlural: false, role: .reflexive)
        case "they": Pronoun(gender: .unknown, isPlural: true, role: .subject)
        case "them": Pronoun(gender: .unknown, isPlural: true, role: .object)
        case "their", "theirs": Pronoun(gender: .unknown, isPlural: true, role: .possessive)
        case "themselves": Pronoun(gender: .unknown, isPlural: true, role: .reflexive)
        case "it": Pronoun(gender: .unknown, isPlural: false, role: .subject, isNeuter: true)
        case "its": Pronoun(gender: .unknown, isPlural: false, role: .possessive, isNeuter: true)
        default: nil
        }
    }
}
