/// Trims candidate spans to the proper name: no punctuation, quote marks or possessive clitic at either
/// end, no leading lower-case word (“eastern Ukraine” → “Ukraine”) except name particles (“de”, “van”,
/// “al”), no trailing lower-case word (a word with a capital inside, like “al-Sadr” or “eBay”, counts
/// as a name), no trailing number on a person, place or group (“Valencia 3-1”), and no span made only of common function words (“THE”, “However”).
enum MentionTrimmer {
    /// Lower-case words that may start a name.
    static let particles: Set<String> = [
        "de", "da", "di", "del", "della", "dos", "das", "du", "van", "von", "der", "den", "ter", "le", "la",
        "al", "el", "bin", "ibn", "ben", "abu",
    ]

    /// Words that are never a name on their own, whatever their case (sentence-initial words, headlines).
    static let commonWords: Set<String> = [
        "the", "a", "an", "this", "that", "these", "those", "it", "its", "he", "she", "we", "they", "i", "you",
        "his", "her", "our", "their", "my", "your", "and", "or", "but", "if", "so", "as", "at", "by", "for",
        "from", "in", "into", "of", "on", "to", "with", "without", "after", "before", "since", "until", "while",
        "when", "where", "why", "how", "what", "who", "which", "there", "here", "not", "no", "yes", "all",
        "some", "many", "most", "more", "much", "also", "still", "yet", "then", "now", "however", "meanwhile",
        "moreover", "furthermore", "nevertheless", "instead", "indeed", "although", "though", "despite",
        "because", "about", "over", "under", "against", "between", "among", "during", "is", "are", "was",
        "were", "be", "been", "has", "have", "had", "do", "does", "did", "would", "can", "could",
        "should", "might", "must", "says", "said", "say", "just", "only", "even", "again",
        "mr", "mrs", "ms", "both", "each", "every", "other", "another", "such", "two", "three",
    ]

    /// The span trimmed, or nil when nothing of a name is left.
    static func trim(_ span: TokenSpan, in tokens: SentenceView) -> TokenSpan? {
        func isLowercase(_ index: Int) -> Bool {
            tokens.isLowercaseWord(index) && !tokens.text(index).contains(where: \.isUppercase)
        }
        var lower = span.range.lowerBound
        var upper = span.range.upperBound
        func trimmable(start index: Int) -> Bool {
            if tokens.isPunctuation(index) || tokens.kind(index) == .clitic { return true }
            let lowered = tokens.lower(index)
            if isLowercase(index) { return !particles.contains(lowered) || index + 1 == upper }
            return lowered == "the" && !tokens.isCapitalized(index)
        }
        while lower < upper, trimmable(start: lower) { lower += 1 }
        while lower < upper, tokens.isPunctuation(upper - 1) || tokens.kind(upper - 1) == .clitic
                || isLowercase(upper - 1) {
            upper -= 1
        }
        if [.person, .place, .group].contains(span.kind) {
            while lower < upper, tokens.kind(upper - 1) == .number { upper -= 1 }
        }
        guard lower < upper else { return nil }
        let words = (lower..<upper).map { tokens.lower($0).filter { $0 != "." } }
        if words.allSatisfy(commonWords.contains) { return nil }
        return TokenSpan(lower..<upper, span.kind)
    }
}
