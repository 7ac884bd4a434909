import BylineCore
@testable import BylineUI

/// A made-up article with entities placed by hand, so entity tests don't depend on the recognizer.
///
/// "Alice Moreau" is named at the top and the bottom and is "She" in between; "Bruno" appears only at
/// the bottom; twenty filler paragraphs sit between, so mentions lie pages apart.
enum EntityArticles {
    static let paragraphs: [String] = ["Alice Moreau met the Harbour Board in Lisbon on Monday."]
        + (1...20).map { "Filler paragraph \($0) with nothing of note in it, long enough to wrap twice or so." }
        + ["She told the Harbour Board that Lisbon would wait.", "Later, Alice Moreau left Lisbon with Bruno."]

    /// The analysis with five entities: two people, an organization, a place and a date.
    static func analysis() -> Analysis {
        let article = TestArticles.article(paragraphs)
        let text = article.scalars
        func mentions(_ needle: String, form: MentionForm = .name) -> [Mention] {
            ranges(of: needle, in: text).map { Mention(range: $0, form: form) }
        }
        let alice = (mentions("Alice Moreau") + mentions("She", form: .pronoun)).sorted { $0.range < $1.range }
        let entities = [
            Entity(id: "E1", kind: .person, name: "Alice Moreau", mentions: alice),
            Entity(id: "E2", kind: .organization, name: "Harbour Board", mentions: mentions("Harbour Board")),
            Entity(id: "E3", kind: .place, name: "Lisbon", mentions: mentions("Lisbon")),
            Entity(id: "E4", kind: .date, name: "Monday", mentions: mentions("Monday")),
            Entity(id: "E5", kind: .person, name: "Bruno", mentions: mentions("Bruno")),
        ]
        return Analysis(source: "entities.txt", article: article, entities: entities)
    }

    /// Every place `needle` occurs in `scalars`, as scalar ranges.
    static func ranges(of needle: String, in scalars: [Unicode.Scalar]) -> [TextRange] {
        let pattern = Array(needle.unicodeScalars)
        guard !pattern.isEmpty, scalars.count >= pattern.count else { return [] }
        return (0...(scalars.count - pattern.count)).filter { start in
            Array(scalars[start..<(start + pattern.count)]) == pattern
        }.map { TextRange(start: $0, end: $0 + pattern.count) }
    }
}
