extension Corpus {
    /// The sentences that read as running prose, the way news articles are written: at least eight
    /// tokens, ending in sentence punctuation (or a closing quote), at least a third of the words in
    /// lower case (no headlines) and under a fifth of the tokens numbers (no tables or results). Spacing
    /// around punctuation is guessed as in running text; each sentence stands alone.
    public func runningProse() -> Corpus {
        var copy = self
        copy.name += "-prose"
        copy.sentences = sentences.filter(Self.isRunningProse).map { sentence in
            var spaced = sentence
            spaced.spaceAfter = AnnotatedSentence.guessedSpaceAfter(sentence.tokens)
            return spaced
        }
        copy.documents = nil
        return copy
    }

    static func isRunningProse(_ sentence: AnnotatedSentence) -> Bool {
        let tokens = sentence.tokens
        guard tokens.count >= 8, let last = tokens.last, [".", "!", "?", "\"", "''", "'"].contains(last) else { return false }
        let words = tokens.filter { $0.first?.isLetter ?? false }
        let lower = words.filter { $0.first?.isLowercase ?? false }
        let numbers = tokens.filter { $0.first?.isNumber ?? false }
        return lower.count * 3 >= words.count && numbers.count * 5 < tokens.count
    }
}
