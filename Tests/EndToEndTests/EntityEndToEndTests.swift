import Foundation
import Testing

/// The real `byline` binary in tmux at 120x30 (panes side by side): select an entity in the entity
/// pane and jump between its mentions. Names are read off the screen, never assumed.
@Suite(.enabled(if: Tmux.isAvailable, "tmux is not installed"), .serialized)
struct EntityEndToEndTests {
    let binary = Fixtures.quoted(BylineBinary.url.path)
    /// The article pane's columns at 120 wide: 60%.
    let articleWidth = 72

    /// What the status line says about the selected entity.
    struct Subject: Equatable {
        var name: String
        /// The current mention's 1-based number, or nil before n/N.
        var current: Int?
        var count: Int?
    }

    /// Reads "Name · 8 mentions" or "mention 2/8 · Name" from the status line (the last row).
    func subject(_ screen: [String]) -> Subject? {
        guard let status = screen.last else { return nil }
        let left = status.trimmingCharacters(in: .whitespaces).components(separatedBy: "  ").first ?? ""
        let parts = left.components(separatedBy: " · ")
        guard parts.count == 2 else { return nil }
        if parts[0].hasPrefix("mention ") {
            let numbers = parts[0].dropFirst("mention ".count).split(separator: "/").compactMap { Int($0) }
            guard numbers.count == 2 else { return nil }
            return Subject(name: parts[1], current: numbers[0], count: numbers[1])
        }
        return Subject(name: parts[0], current: nil, count: parts[1].split(separator: " ").first.flatMap { Int($0) })
    }

    /// The rows of the article pane's text and the side panes, split at the article's width.
    func article(_ screen: [String]) -> [String] { screen.dropLast().map { String($0.prefix(articleWidth)) } }
    func side(_ screen: [String]) -> [String] { screen.dropLast().map { String($0.dropFirst(articleWidth)) } }

    /// The article row marked as holding the current mention.
    func markedRow(_ screen: [String]) -> String? {
        article(screen).first { $0.dropFirst().first == "›" }
    }

    @Test func selectsAnEntityAndJumpsBetweenItsMentions() throws {
        let tmux = try Tmux(command: binary, width: 120, height: 30)
        let opening = Fixtures.sampleOpening(words: 4)
        try tmux.waitFor("the sample") { $0.contains { $0.contains(opening) } }
        try tmux.waitForAnalysis()

        try tmux.send("Tab")
        let first = try #require(subject(try tmux.waitFor("the first entity selected") { subject($0) != nil }))
        try tmux.send("j")
        let screen = try tmux.waitFor("the next entity selected") { subject($0).map { $0.name != first.name } ?? false }
        let selected = try #require(subject(screen))
        let count = try #require(selected.count)
        #expect(count >= 1)
        let listed = side(screen).filter { $0.contains(selected.name) }
        #expect(listed.contains { $0.contains(" \(count) ") }, "the entity pane lists \(selected.name) with \(count) mentions")

        try tmux.send("n")
        let once = try tmux.waitFor("a first jump") { subject($0)?.current != nil }
        let jump1 = try #require(subject(once))
        #expect(jump1.name == selected.name)
        #expect(jump1.count == count)
        let row1 = try #require(markedRow(once), "the current mention's row is marked")

        try tmux.send("n")
        let twice = try tmux.waitFor("a second jump") { subject($0).map { $0.current != jump1.current } ?? false }
        let jump2 = try #require(subject(twice))
        #expect(jump2.name == selected.name)
        #expect(jump2.current == (jump1.current ?? 0) % count + 1, "n goes to the next mention, wrapping")
        let row2 = try #require(markedRow(twice), "the current mention's row is marked")

        let words = selected.name.split(separator: " ").filter { $0.count >= 3 }.map(String.init)
        #expect([row1, row2].contains { row in words.contains { row.contains($0) } },
                "the marked rows show \(selected.name): \(row1) / \(row2)")

        try tmux.send("q")
        #expect(try tmux.waitForExit() == 0)
    }

    @Test func numberKeysAndTabMoveFocusAndFiltersShowInTheTitle() throws {
        let tmux = try Tmux(command: binary, width: 120, height: 30)
        try tmux.waitFor("the sample") { $0.contains { $0.contains(Fixtures.sampleOpening(words: 3)) } }
        try tmux.waitForAnalysis()
        try tmux.send("2")
        try tmux.waitFor("an entity selected") { subject($0) != nil }
        try tmux.send("l")
        let places = try tmux.waitFor("the places filter") { $0.first?.contains("Entities: places") == true }
        #expect(side(places).contains { $0.contains("Places (") })
        #expect(!side(places).contains { $0.contains("People (") })
        try tmux.resize(width: 80, height: 24)
        let tabbed = try tmux.waitFor("the tabbed layout") { $0.first?.contains("1 Article") == true }
        #expect(tabbed.contains { $0.contains("Places (") }, "the entities tab stays shown")
        try tmux.send("1")
        try tmux.waitFor("the article tab") { !$0.contains { $0.contains("Places (") } }
        try tmux.send("q")
        #expect(try tmux.waitForExit() == 0)
    }
}
