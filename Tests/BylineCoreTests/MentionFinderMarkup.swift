@testable import BylineCore

/// Text with its expected mentions marked as ⟦Angela Merkel|person⟧, parsed into plain text and spans.
struct MentionFinderMarkup {
    let text: String
    let expected: [NamedMention]

    init(_ marked: String) {
        var text = String.UnicodeScalarView()
        var expected: [NamedMention] = []
        var openedAt: Int?
        var label: String.UnicodeScalarView?
        for scalar in marked.unicodeScalars {
            switch scalar {
            case "⟦":
                openedAt = text.count
            case "|" where openedAt != nil:
                label = String.UnicodeScalarView()
            case "⟧":
                if let start = openedAt, let label, let kind = EntityKind(rawValue: String(label)) {
                    expected.append(NamedMention(range: TextRange(start: start, end: text.count), kind: kind))
                }
                openedAt = nil
                label = nil
            default:
                if label != nil { label?.append(scalar) } else { text.append(scalar) }
            }
        }
        self.text = String(text)
        self.expected = expected
    }

    /// The mentions found, as "text/kind" strings for readable failures.
    static func describe(_ mentions: [NamedMention], in article: Article) -> [String] {
        mentions.map { "\(article.string($0.range))/\($0.kind.rawValue)" }
    }
}
