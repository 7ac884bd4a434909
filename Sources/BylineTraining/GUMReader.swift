import BylineCore

/// Reads GUM's dep_conllu files: UD trees whose MISC column carries `Entity=` brackets for every
/// mention (`(id-type-infstat-salience-centering-minspan-link[-identity]` opens, `id)` closes).
///
/// GUM marks all mentions, pronouns and common noun phrases included; only named ones are kept (see
/// `named`). Nested mentions are flattened by keeping the outermost named one. Named mentions of types
/// Byline does not map (abstract, object, substance, animal, plant) become unknown spans.
public enum GUMReader {
    /// One mention as the brackets give it, over token indices.
    struct Mention {
        var range: Range<Int>
        var type: String
        var identity: String?
    }

    /// A token with the columns the reader uses.
    struct Token {
        var form: String
        var upos: String
        var spaceAfter: Bool
    }

    /// The sentences of one document.
    public static func read(_ text: String) -> [AnnotatedSentence] {
        var sentences: [AnnotatedSentence] = []
        var tokens: [Token] = []
        var mentions: [Mention] = []
        var open: [Substring: [(start: Int, type: String, identity: String?)]] = [:]
        func flush() {
            if !tokens.isEmpty { sentences.append(sentence(tokens, mentions)) }
            tokens = []
            mentions = []
            open = [:]
        }
        for line in text.split(separator: "\n", omittingEmptySubsequences: false) {
            if line.isEmpty {
                flush()
                continue
            }
            guard !line.hasPrefix("#") else { continue }
            let columns = line.split(separator: "\t", omittingEmptySubsequences: false)
            guard columns.count >= 10, Int(columns[0]) != nil else { continue }
            let index = tokens.count
            let misc = columns[9].split(separator: "|")
            tokens.append(Token(form: String(columns[1]), upos: String(columns[3]), spaceAfter: !misc.contains("SpaceAfter=No")))
            guard let entity = misc.first(where: { $0.hasPrefix("Entity=") }) else { continue }
            for bracket in brackets(entity.dropFirst("Entity=".count)) {
                switch bracket {
                case let .open(id, type, identity, closesHere):
                    if closesHere {
                        mentions.append(Mention(range: index..<index + 1, type: type, identity: identity))
                    } else {
                        open[id, default: []].append((index, type, identity))
                    }
                case let .close(id):
                    if let start = open[id]?.popLast() {
                        mentions.append(Mention(range: start.start..<index + 1, type: start.type, identity: start.identity))
                    }
                }
            }
        }
        flush()
        return sentences
    }

    enum Bracket {
        case open(id: Substring, type: String, identity: String?, closesHere: Bool)
        case close(id: Substring)
    }

    /// The brackets of one `Entity=` value, in order.
    static func brackets(_ value: Substring) -> [Bracket] {
        var result: [Bracket] = []
        var index = value.startIndex
        while index < value.endIndex {
            if value[index] == "(" {
                let start = value.index(after: index)
                let end = value[start...].firstIndex(where: { $0 == "(" || $0 == ")" }) ?? value.endIndex
                let fields = value[start..<end].split(separator: "-", omittingEmptySubsequences: false)
                let closesHere = end < value.endIndex && value[end] == ")"
                if fields.count >= 2 {
                    let identity = fields.count >= 8 ? fields[7...].joined(separator: "-") : nil
                    result.append(.open(id: fields[0], type: String(fields[1]), identity: identity, closesHere: closesHere))
                }
                index = closesHere ? value.index(after: end) : end
            } else if value[index].isNumber {
                let end = value[index...].firstIndex(of: ")") ?? value.endIndex
                result.append(.close(id: value[index..<end]))
                index = end < value.endIndex ? value.index(after: end) : end
            } else {
                index = value.index(after: index)
            }
        }
        return result
    }

    /// The kinds GUM's entity types map to; types mapped to nil become unknown spans when named.
    static func kind(of type: String) -> EntityKind?? {
        switch type {
        case "person": .person
        case "place": .place
        case "organization": .organization
        case "time": .date
        case "event": .event
        case "abstract", "object", "substance", "animal", "plant": .some(nil)
        default: nil
        }
    }

    private static func sentence(_ tokens: [Token], _ mentions: [Mention]) -> AnnotatedSentence {
        let ordered = mentions.sorted { ($0.range.lowerBound, -$0.range.count) < ($1.range.lowerBound, -$1.range.count) }
        var taken: [Range<Int>] = []
        var spans: [AnnotatedSpan] = []
        var unknown: [Range<Int>] = []
        for mention in ordered {
            guard let mapped = kind(of: mention.type),
                  let range = named(mention, tokens),
                  !taken.contains(where: { $0.overlaps(range) }) else { continue }
            taken.append(range)
            if let kind = mapped {
                spans.append(AnnotatedSpan(range: range, kind: kind))
            } else {
                unknown.append(range)
            }
        }
        let sentence = AnnotatedSentence(tokens: tokens.map(\.form), mentions: spans.sorted { $0.range.lowerBound < $1.range.lowerBound }, unknown: unknown)
        return sentence.joiningHyphens(spaceAfter: tokens.map(\.spaceAfter))
    }

    /// Words that may join the capitalized words of a name ("Bank of England", "Leonardo da Vinci").
    private static let connectors: Set<String> = ["of", "the", "and", "&", "de", "da", "del", "der", "di", "du", "la", "le", "van", "von", "for", "-", ".", "'", "on", "upon", "in", "y", "al", "bin", "el"]

    /// The mention's name span, or nil if it is not a proper name.
    ///
    /// Leading determiners and possessives and trailing punctuation and possessive "'s" are trimmed (a
    /// time expression also loses leading lower-case modifiers: "late September"). What remains is a name
    /// if it has no pronoun, holds a proper noun (a number also counts for times), starts and ends with a
    /// capitalized word or a number, and has nothing but such words and connectors in between; a comma is
    /// allowed only in times ("June 11, 1988").
    static func named(_ mention: Mention, _ tokens: [Token]) -> Range<Int>? {
        let isTime = mention.type == "time"
        var lower = mention.range.lowerBound
        var upper = mention.range.upperBound
        func isNameWord(_ token: Token) -> Bool {
            guard let first = token.form.unicodeScalars.first else { return false }
            return first.properties.isUppercase || first.properties.numericType != nil
        }
        while lower < upper, ["DET", "PUNCT", "PRON"].contains(tokens[lower].upos) || (isTime && !isNameWord(tokens[lower])) {
            lower += 1
        }
        while upper > lower, ["PUNCT", "PART"].contains(tokens[upper - 1].upos) {
            upper -= 1
        }
        guard lower < upper else { return nil }
        let span = tokens[lower..<upper]
        guard !span.contains(where: { $0.upos == "PRON" }),
              span.contains(where: { $0.upos == "PROPN" || (isTime && $0.upos == "NUM") }),
              let first = span.first, let last = span.last, isNameWord(first), isNameWord(last),
              span.allSatisfy({ isNameWord($0) || connectors.contains($0.form.lowercased()) || (isTime && $0.form == ",") })
        else { return nil }
        return lower..<upper
    }
}
