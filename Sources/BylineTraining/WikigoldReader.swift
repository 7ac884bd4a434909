import BylineCore

/// Reads Wikigold (`wikigold/wikigold.conll.txt`): one `TOKEN TAG` pair a line, a blank line between
/// sentences, `-DOCSTART- O` between documents (the first document has none before it). Tags are `I-`
/// only, so adjacent names of one type run together as one span, as the annotators left them. PER, ORG
/// and LOC map to person, organization and place; MISC (nationalities, events, works, products…) has
/// no single Byline kind and becomes an unknown span.
public enum WikigoldReader {
    /// The kinds Wikigold annotates in Byline's terms.
    public static let kinds: Set<EntityKind> = [.person, .organization, .place]

    /// The documents of the file, each a list of sentences with the spacing of running text guessed.
    public static func documents(_ text: String) -> [[AnnotatedSentence]] {
        var documents: [[AnnotatedSentence]] = []
        var sentences: [AnnotatedSentence] = []
        var tokens: [String] = []
        var tags: [String] = []
        func endSentence() {
            if !tokens.isEmpty { sentences.append(sentence(tokens, tags)) }
            tokens = []
            tags = []
        }
        func endDocument() {
            endSentence()
            if !sentences.isEmpty { documents.append(sentences) }
            sentences = []
        }
        for line in text.split(separator: "\n", omittingEmptySubsequences: false) {
            let columns = line.split(separator: " ")
            if columns.isEmpty {
                endSentence()
            } else if columns[0] == "-DOCSTART-" {
                endDocument()
            } else if columns.count >= 2 {
                tokens.append(String(columns[0]))
                tags.append(String(columns[columns.count - 1]))
            }
        }
        endDocument()
        return documents
    }

    private static func sentence(_ tokens: [String], _ tags: [String]) -> AnnotatedSentence {
        let spans = IOBReader.spans(tags) { type in
            switch type {
            case "PER": .person
            case "ORG": .organization
            case "LOC": .place
            case "MISC": .work
            default: nil
            }
        }
        return AnnotatedSentence(tokens: tokens, mentions: spans.filter { $0.kind != .work },
                                 unknown: spans.filter { $0.kind == .work }.map(\.range),
                                 spaceAfter: AnnotatedSentence.guessedSpaceAfter(tokens))
    }
}
