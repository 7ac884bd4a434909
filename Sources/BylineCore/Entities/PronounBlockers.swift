/// Running counts of the tokens that make a pronoun link doubtful (see `PronounResolver.blocked`), so
/// whether any lies between two tokens is a subtraction however far apart they are.
struct PronounBlockers {
    /// `male[k]` is the number of tokens before `k` that block "he" (a person noun for a man or anyone
    /// after a determiner); likewise `female` for "she" and `plural` (a plural noun phrase) for "they".
    private var male: [Int]
    private var female: [Int]
    private var plural: [Int]

    init(index: ArticleIndex) {
        male = [0]
        female = [0]
        plural = [0]
        male.reserveCapacity(index.count + 1)
        female.reserveCapacity(index.count + 1)
        plural.reserveCapacity(index.count + 1)
        for token in 0..<index.count {
            let word = index.lower(token)
            let pluralNoun = PronounResolver.isPluralNoun(word) && (PronounResolver.quantifiers.contains(index.lower(token - 1))
                || PronounResolver.quantifiers.contains(index.lower(token - 2))
                || index.article.tokens[max(0, token - 1)].kind == .number)
            let noun = PronounResolver.personNouns[word].flatMap { gender in
                PronounResolver.determiners.contains(index.lower(token - 1)) || index.lower(token - 2) == "a" ? gender : nil
            }
            plural.append(plural[token] + (pluralNoun ? 1 : 0))
            male.append(male[token] + (noun == .unknown || noun == .male ? 1 : 0))
            female.append(female[token] + (noun == .unknown || noun == .female ? 1 : 0))
        }
    }

    /// Whether a token in `tokens` blocks the pronoun.
    func blocks(_ pronoun: Pronoun, in tokens: Range<Int>) -> Bool {
        let counts = pronoun.isPlural ? plural : pronoun.gender == .female ? female : male
        return counts[tokens.upperBound] > counts[tokens.lowerBound]
    }
}
