/// Running counts of the tokens that make a pronoun link doubtful (see `PronounResolver.blocked`), so
/// whether any lies between two tokens is a subtraction however far apart they are.
struct PronounBlockers {
    /// `male[k]` is the number of tokens before `k` that block "he" (a person noun for a man or anyone
    /// after a determiner); likewise `female` for "she" and `plural` (a plural noun phrase) for "they".
    private var male: [Int32]
    private var female: [Int32]
    private var plural: [Int32]

    /// Counts the blocking tokens of the narrative: a person noun inside a quotation ("“The mayor backs a
    /// person who …,” he said") is the speaker's words, not someone the narrative introduces.
    init(document: Document, quoted: [Bool]) {
        male = [0]
        female = [0]
        plural = [0]
        male.reserveCapacity(document.count + 1)
        female.reserveCapacity(document.count + 1)
        plural.reserveCapacity(document.count + 1)
        for token in 0..<document.count {
            let word = document.lower(token)
            let pluralNoun = PronounResolver.isPluralNoun(word) && (PronounResolver.quantifiers.contains(document.lower(token - 1))
                || PronounResolver.quantifiers.contains(document.lower(token - 2))
                || document.kind(token - 1) == .number)
            let noun = PronounResolver.personNouns[word].flatMap { gender in
                PronounResolver.determiners.contains(document.lower(token - 1)) || document.lower(token - 2) == "a" ? gender : nil
            }
            let narrative = !(quoted.indices.contains(token) && quoted[token])
            plural.append(plural[token] + (pluralNoun && narrative ? 1 : 0))
            male.append(male[token] + ((noun == .unknown || noun == .male) && narrative ? 1 : 0))
            female.append(female[token] + ((noun == .unknown || noun == .female) && narrative ? 1 : 0))
        }
    }

    /// Whether a token in `tokens` blocks the pronoun.
    func blocks(_ pronoun: Pronoun, in tokens: Range<Int>) -> Bool {
        let counts = pronoun.isPlural ? plural : pronoun.gender == .female ? female : male
        return counts[tokens.upperBound] > counts[tokens.lowerBound]
    }
}
