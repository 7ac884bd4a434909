/// Titles of works in quotation marks (`the TV show "Night Desk"`, `his new book, "Rivers of Salt,"`,
/// `"Night Desk" host Ana Ruiz`): nobody says them, so the quote stage does not report them as quotations.
///
/// A title is written in title case (every word but short function words capitalized, the first one
/// too), has at most `longestTitle` words, and a noun for a work stands right before it (over a comma or
/// an article: `the documentary "..."`, `a book, "..."`) or a noun for someone who makes or appears in one
/// right after it (`"..." star`, `"..." host`). Capitalized slogans and names of plans, quoted without
/// such a noun, stay quotations: speakers are often credited with them. A title right after a possessive
/// (`on the network's "Night Desk"`, `the author's "Rivers of Salt"`) is one too, unless a quotation stands
/// earlier in its sentence: there it sits inside that statement's attribution (`"…," Ruiz told the
/// network's "Night Desk." "…"`) and is kept with it.
enum QuotedTitle {
    /// The most words a quoted title has.
    static let longestTitle = 8

    /// Nouns for works whose title may follow them.
    static let workNouns: Set<String> = [
        "show", "program", "programme", "series", "book", "film", "movie", "documentary", "ad", "podcast", "song",
        "album", "play", "musical", "novel", "memoir", "column", "editorial", "essay", "episode", "segment", "sitcom",
        "drama", "video", "broadcast", "newsletter", "blog", "magazine", "painting", "poem", "opera",
    ]

    /// Nouns for people and parts of a work that may follow its title.
    static let makerNouns: Set<String> = [
        "star", "stars", "host", "hosts", "anchor", "co-host", "author", "actor", "actress", "creator", "producer",
        "director", "show", "program", "series", "book", "film", "movie", "ad", "podcast", "segment", "episode",
    ]

    /// Short words a title leaves in lower case.
    static let lowercaseWords: Set<String> = [
        "a", "an", "the", "of", "and", "or", "in", "on", "at", "to", "for", "with", "by", "from", "as", "but", "nor",
        "vs", "vs.", "is",
    ]

    /// Whether the quotation is a title of a work.
    static func isTitle(_ span: QuoteFinder.Span, in document: Document) -> Bool {
        isTitleCase(span.opening + 1..<span.closing, in: document)
            && (workNouns.contains(wordBefore(span.opening, in: document)) || makerNouns.contains(wordAfter(span.closing, in: document))
                || afterPossessive(span, in: document))
    }

    /// Whether a possessive ("’s", "'s") stands right before the quotation and no quotation mark earlier in
    /// its sentence.
    static func afterPossessive(_ span: QuoteFinder.Span, in document: Document) -> Bool {
        let previous = span.opening - 1
        guard document.kind(previous) == .clitic, ["’s", "'s"].contains(document.lower(previous)) else { return false }
        let sentences = document.article.sentences
        let sentence = document.sentenceIndex(of: span.opening)
        let first = sentences.indices.contains(sentence) ? sentences[sentence].tokens.lowerBound : previous
        return !(first..<previous).contains { document.kind($0) == .quote }
    }

    /// Whether the words of the tokens are in title case and few enough for a title.
    static func isTitleCase(_ tokens: Range<Int>, in document: Document) -> Bool {
        let words = tokens.filter { document.kind($0) == .word || document.kind($0) == .number || document.kind($0) == .abbreviation }
        guard let first = words.first, words.count <= longestTitle, document.isCapitalized(first) else { return false }
        return words.allSatisfy { document.isCapitalized($0) || document.kind($0) == .number || lowercaseWords.contains(document.lower($0)) }
    }

    /// The lower-cased word before a token, over a comma and then an article ("book, the").
    static func wordBefore(_ token: Int, in document: Document) -> String {
        var previous = token - 1
        if document.text(previous) == "," { previous -= 1 }
        if ["the", "a", "an"].contains(document.lower(previous)) { previous -= 1 }
        return document.kind(previous) == .word && document.isLowercase(previous) ? document.lower(previous) : ""
    }

    /// The lower-cased word after a token, over a comma.
    static func wordAfter(_ token: Int, in document: Document) -> String {
        let next = document.text(token + 1) == "," ? token + 2 : token + 1
        return document.kind(next) == .word && document.isLowercase(next) ? document.lower(next) : ""
    }
}
