/// Small word lists attribution reads phrases with.
enum SpeakerLexicon {
    /// Words that may stand between a subject and its verb ("has said", "also told", "later added").
    static let betweenSubjectAndVerb: Set<String> = [
        "also", "has", "had", "have", "was", "is", "were", "will", "would", "’d", "'d", "then", "later", "again",
        "previously", "once", "further", "did", "does", "do", "could", "can", "may", "might", "should", "must",
        "never", "not", "n't", "n’t", "first", "finally", "earlier", "recently", "already", "often", "still", "had",
        "’s", "'s", "just", "even", "since",
    ]

    /// Words of time phrases that may stand between a subject and its verb ("on Tuesday", "last week").
    static let timeWords: Set<String> = [
        "monday", "tuesday", "wednesday", "thursday", "friday", "saturday", "sunday", "today", "yesterday", "tonight",
        "night", "morning", "afternoon", "evening", "week", "weekend", "month", "year",
    ]

    /// The words that begin a time phrase.
    static let timePrepositions: Set<String> = ["on", "last", "this", "late", "early", "in", "at", "that", "next"]

    /// Modals and auxiliaries after which a bare verb is one ("will say", "did tell").
    static let modals: Set<String> = ["will", "would", "did", "does", "do", "could", "can", "may", "might", "should", "must",
                                      "’ll", "'ll", "to"]

    /// Determiners and quantifiers that begin a noun phrase.
    static let determiners: Set<String> = [
        "the", "a", "an", "this", "these", "those", "his", "her", "their", "its", "our", "one", "two", "three",
        "four", "several", "some", "many", "other", "another", "both", "each", "most", "few",
    ]

    /// Words that never head or join a speaker phrase.
    static let functionWords: Set<String> = [
        "and", "or", "but", "that", "which", "who", "whom", "whose", "what", "where", "when", "why", "how", "to", "in",
        "on", "at", "by", "with", "for", "of", "from", "as", "into", "about", "after", "before", "during", "than", "if",
        "because", "while", "although", "though", "so", "there", "here", "this", "it", "is", "was", "be", "been",
        "being", "are", "were", "has", "have", "had", "not", "no", "yes", "also", "only", "just", "then", "now",
        "today", "yesterday", "tomorrow", "week", "year", "month", "time", "said", "says", "told", "over", "under",
        "against", "without", "within", "through", "up", "down", "out", "off", "all", "any", "more", "less",
        "very", "too", "even", "i", "you", "we", "me", "us", "him", "them", "interview",
        "conference", "briefing", "meeting", "news",
    ]

    /// Pronouns that cannot begin an addressee phrase after "told" because they start the reported clause.
    static let clauseStarters: Set<String> = ["it", "he", "she", "they", "we", "i", "you", "there", "this", "that"]

    /// Object pronouns that are addressees ("told him").
    static let objectPronouns: Set<String> = ["him", "her", "them", "me", "us", "you"]

    /// Prepositions that end an addressee phrase ("told reporters after the meeting").
    static let prepositions: Set<String> = [
        "after", "on", "in", "at", "during", "about", "before", "for", "by", "with", "from", "while", "when", "as",
        "over", "since", "until", "via", "through", "outside", "inside", "later", "last", "earlier", "yesterday",
        "today", "tomorrow", "this",
    ]

    /// Relative pronouns that stand for their clause's antecedent ("Vale, who told ...").
    static let relativePronouns: Set<String> = ["who", "that", "which"]

    /// Personal pronouns that can name a speaker as written ("she said", "we told").
    static let personalPronouns: Set<String> = ["he", "she", "they", "i", "we", "you", "it"]

    /// The personal pronouns that can speak without a speech verb ("she called it ..."), where "it" and
    /// "you" are rarely anyone.
    static let speakingPronouns: Set<String> = ["he", "she", "they", "i", "we"]

    /// Possessive determiners that can name whose words a noun holds ("his call for …", "her remark that …").
    static let possessivePronouns: Set<String> = ["his", "her", "their", "my", "our"]

    /// Whether a lowercase word is an adverb in -ly ("repeatedly", "flatly") that may stand before a verb.
    static func isAdverb(_ word: String) -> Bool {
        word.count > 4 && word.hasSuffix("ly") && word != "only" && word != "family"
    }
}
