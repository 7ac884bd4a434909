extension SentenceSplitter {
    /// Words that, capitalized after an abbreviation or initial, clearly start a new sentence
    /// ("… in the U.S. The …") rather than continue a name ("the U.S. Ambassador").
    static let sentenceStarters: Set<String> = [
        "the", "a", "an", "this", "that", "these", "those", "there", "here", "it", "its", "he", "she", "they",
        "we", "i", "you", "his", "her", "their", "our", "my", "your", "but", "and", "or", "so", "yet", "if",
        "when", "while", "after", "before", "since", "although", "though", "because", "however", "meanwhile",
        "still", "also", "then", "now", "what", "who", "why", "how", "where", "which", "many", "some", "most",
        "all", "no", "not", "both", "each", "every", "despite", "during", "in", "on", "at", "for", "with", "as",
        "by", "from", "to", "of", "under", "over", "among", "according", "instead", "yes", "such", "one",
        "other", "another", "nor", "thus", "moreover", "furthermore", "nevertheless", "later", "earlier",
        "last", "next",
    ]
}
