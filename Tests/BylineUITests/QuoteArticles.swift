import BylineCore
@testable import BylineUI

/// A made-up article with quotes placed by hand, so quote tests don't depend on the attributor.
///
/// "Alice Moreau" is quoted at the top and the bottom, "Bruno" once in the middle (after an indirect
/// quote of his, which the reader leaves out), and a sign's "closed" has no speaker; filler paragraphs
/// put the quotes pages apart.
enum QuoteArticles {
    static let paragraphs: [String] = ["\"We will sign the treaty,\" Alice Moreau told reporters on Monday."]
        + (1...12).map { "Filler paragraph \($0) with nothing of note in it, long enough to wrap twice or so." }
        + ["Bruno said the harbour would wait. \"Nothing is decided,\" he said."]
        + (13...24).map { "Filler paragraph \($0) with nothing of note in it, long enough to wrap twice or so." }
        + ["Alice Moreau added: \"The harbour is ours, and it will stay ours for as long as any of us can remember.\" A sign read \"closed\"."]

    /// The analysis with two people and five quotes: four direct (two of Alice Moreau's, one of
    /// Bruno's, one with no speaker) and one indirect.
    static func analysis() -> Analysis {
        let article = TestArticles.article(paragraphs)
        let text = article.scalars
        func all(_ needle: String) -> [TextRange] { EntityArticles.ranges(of: needle, in: text) }
        func first(_ needle: String) -> TextRange? { all(needle).first }
        let alice = all("Alice Moreau").map { Mention(range: $0, form: .name) }
        let bruno = all("Bruno").map { Mention(range: $0, form: .name) }
        let entities = [
            Entity(id: "E1", kind: .person, name: "Alice Moreau", mentions: alice),
            Entity(id: "E2", kind: .person, name: "Bruno", mentions: bruno),
        ]
        let quotes = [
            Quote(id: "Q1", kind: .direct, range: first("\"We will sign the treaty,\"") ?? TextRange(start: 0, end: 0),
                  speaker: "E1", speakerMention: alice.first?.range, cue: first("told"),
                  addresseeMention: first("reporters"), confidence: 0.9),
            Quote(id: "Q2", kind: .indirect, range: first("the harbour would wait") ?? TextRange(start: 0, end: 0),
                  speaker: "E2", speakerMention: bruno.first?.range, cue: first("said the")),
            Quote(id: "Q3", kind: .direct, range: first("\"Nothing is decided,\"") ?? TextRange(start: 0, end: 0),
                  speaker: "E2", speakerMention: first("he said").map { TextRange(start: $0.start, end: $0.start + 2) }, cue: all("said").last),
            Quote(id: "Q4", kind: .direct, range: first("\"The harbour is ours").map {
                TextRange(start: $0.start, end: (first("remember.\"")?.end ?? $0.end)) } ?? TextRange(start: 0, end: 0),
                  speaker: "E1", speakerMention: alice.last?.range, cue: first("added")),
            Quote(id: "Q5", kind: .direct, range: first("\"closed\"") ?? TextRange(start: 0, end: 0)),
        ]
        return Analysis(source: "quotes.txt", article: article, entities: entities, quotes: quotes)
    }
}
