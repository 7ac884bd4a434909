/// Rewrites sentences the way headlines are written, to teach the labeller that capitals there do not
/// mark names.
enum HeadlineCasing {
    /// Short words headline styles often leave in lower case.
    private static let minorWords: Set<String> = ["a", "an", "the", "of", "in", "on", "at", "to", "for", "and", "or", "but", "by", "as", "'s", "n't"]

    /// Every word capitalized except minor words after the first.
    static func titleCased(_ tokens: [String]) -> [String] {
        tokens.enumerated().map { index, token in
            guard let first = token.first, first.isLowercase, index == 0 || !minorWords.contains(token) else { return token }
            return first.uppercased() + token.dropFirst()
        }
    }

    /// Every letter in capitals.
    static func upperCased(_ tokens: [String]) -> [String] {
        tokens.map { $0.uppercased() }
    }
}
