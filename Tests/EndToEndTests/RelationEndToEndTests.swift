import Foundation
import Testing

/// The real `byline` binary in tmux at 120x40 (panes side by side): select a person with relations in
/// the entity pane, scroll the article to its end, focus the relation pane, open its last relation
/// with Enter and find the evidence the pane showed in the article. Names and evidence are read off the screen, never assumed.
@Suite(.enabled(if: Tmux.isAvailable, "tmux is not installed"), .serialized)
struct RelationEndToEndTests {
    let binary = Fixtures.quoted(BylineBinary.url.path)
    /// The article pane's columns at 120 wide: 60%.
    let articleWidth = 72
    /// Where the article's text starts: frame, margin and the speaker gutter.
    let textStart = 13

    /// The relation pane's content rows (inside its frame), or nil if it isn't on screen.
    func relationRows(_ screen: [String]) -> [String]? {
        let side = screen.dropLast().map { String($0.dropFirst(articleWidth)) }
        guard let title = side.firstIndex(where: { $0.contains(" 4 Relations ") }) else { return nil }
        let rows = side.dropFirst(title + 1).prefix { !$0.hasPrefix("└") }
        return rows.map { String($0.dropFirst().dropLast()) }
    }

    /// The relation rows (headings have one leading space, relations three).
    func entries(_ screen: [String]) -> [String] {
        (relationRows(screen) ?? []).filter { $0.hasPrefix("   ") && !$0.trimmingCharacters(in: .whitespaces).isEmpty }
    }

    /// The number of relations the pane's first row gives ("Name    3 relations").
    func relationCount(_ screen: [String]) -> Int? {
        let parts = relationRows(screen)?.first?.components(separatedBy: "  ").filter { !$0.isEmpty }
        return parts?.last?.trimmingCharacters(in: .whitespaces).split(separator: " ").first.flatMap { Int($0) }
    }

    /// The first words of a relation row's evidence: the row is "other  evidence…  claimed by Name",
    /// its parts apart by two spaces or more.
    func evidenceWords(_ row: String) -> [String] {
        let parts = row.components(separatedBy: "  ").map { $0.trimmingCharacters(in: .whitespaces) }
            .filter { !$0.isEmpty && !$0.hasPrefix("claimed by ") }
        guard let evidence = parts.last else { return [] }
        return Array(evidence.split(separator: " ").map(String.init).filter { !$0.hasSuffix("…") }.prefix(4))
    }

    /// The article's text on screen, its rows joined and spaces collapsed.
    func articleText(_ screen: [String]) -> String {
        screen.dropFirst().dropLast(2).map { String($0.prefix(articleWidth - 1).dropFirst(textStart)) }
            .joined(separator: " ").split(separator: " ").joined(separator: " ")
    }

    @Test func opensARelationsEvidenceInTheArticle() throws {
        let tmux = try Tmux(command: binary, width: 120, height: 40)
        try tmux.waitFor("the sample") { $0.contains { $0.contains(Fixtures.sampleOpening(words: 4)) } }
        try tmux.waitForAnalysis()
        try tmux.send("2")
        try tmux.send("p")
        var screen = try tmux.waitFor("the people") { $0.first?.contains("Entities: people") == true }
        for _ in 0..<12 where entries(screen).isEmpty {
            let before = relationRows(screen)?.first
            try tmux.send("j")
            screen = try tmux.waitFor("the next person") { relationRows($0)?.first != before }
        }
        #expect(!entries(screen).isEmpty, "a person among the first has relations")

        try tmux.send("1")
        try tmux.send("G")
        try tmux.waitFor("the article's end") { $0.last?.hasSuffix(" Bot") == true }
        try tmux.send("4")
        try tmux.send("G")
        screen = try tmux.waitFor("the last relation selected") { screen in
            guard let rows = relationRows(screen), let last = rows.last else { return false }
            return last.hasPrefix("   ") || entries(screen).count == relationCount(screen)
        }
        let row = try #require(entries(screen).last)
        let words = evidenceWords(row)
        #expect(words.count >= 2, "the row shows the evidence's first words: \(row)")
        let phrase = words.joined(separator: " ")
        let shownBefore = articleText(screen).contains(phrase)

        try tmux.send("Enter")
        let opened = try tmux.waitFor("the evidence in the article") { articleText($0).contains(phrase) }
        #expect(articleText(opened).contains(phrase), "the article shows \(phrase)")
        if !shownBefore {
            #expect(opened.last?.hasSuffix(" Bot") == false, "the article scrolled up from its end to the evidence")
        }

        try tmux.send("q")
        #expect(try tmux.waitForExit() == 0)
    }
}
