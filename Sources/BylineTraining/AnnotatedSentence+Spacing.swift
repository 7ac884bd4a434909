extension AnnotatedSentence {
    /// Tokens that attach to the word before them (no space before).
    private static let closing: Set<String> = [".", ",", ";", ":", "!", "?", ")", "]", "}", "%", "'s", "'", "n't", "'re", "'ve", "'ll", "'d", "'m", "...", "''"]
    /// Tokens that attach to the word after them (no space after).
    private static let opening: Set<String> = ["(", "[", "{", "$", "``"]

    /// Whether a space followed each token in the running text that a tokenized corpus without spacing
    /// information came from, guessed from punctuation: none before closing punctuation and clitics,
    /// none after opening brackets, and straight double quotes taken as opening and closing in turn.
    static func guessedSpaceAfter(_ tokens: [String]) -> [Bool] {
        var result = Array(repeating: true, count: tokens.count)
        var quoteOpen = false
        for (index, token) in tokens.enumerated() {
            if opening.contains(token) { result[index] = false }
            if token == "\"" {
                if quoteOpen {
                    if index > 0 { result[index - 1] = false }
                } else {
                    result[index] = false
                }
                quoteOpen.toggle()
            }
            if index > 0, closing.contains(token) { result[index - 1] = false }
        }
        return result
    }
}
