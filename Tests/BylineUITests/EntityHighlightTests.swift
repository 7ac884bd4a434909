import BylineCore
import Testing
@testable import BylineUI

/// How entity mentions are styled in the article pane, and the span lookup behind it.
@Suite struct EntityHighlightTests {
    private let theme = SnapshotTheme.theme

    /// The style of each cell showing the first occurrence of `text` on screen, top to bottom.
    private func styles(of text: String, in buffer: Buffer) -> [Style]? {
        for y in 0..<buffer.height {
            let columns = (0..<buffer.width).filter { !buffer[$0, y].isContinuation }
            let line = columns.map { buffer[$0, y].grapheme }.joined()
            guard let found = line.range(of: text) else { continue }
            let start = line.distance(from: line.startIndex, to: found.lowerBound)
            return columns[start..<(start + text.count)].map { buffer[$0, y].style }
        }
        return nil
    }

    private func style(_ scope: String) -> Style { theme.style(for: scope) }

    @Test func nameMentionsTakeTheirKindsScope() {
        let buffer = Screen.render(AppState(analysis: EntityArticles.analysis(), width: 80, height: 12), theme: theme)
        #expect(styles(of: "Alice Moreau", in: buffer) == Array(repeating: style("entity.person"), count: 12))
        #expect(styles(of: "Harbour Board", in: buffer)?.allSatisfy { $0 == style("entity.organization") } == true)
        #expect(styles(of: "Lisbon", in: buffer)?.allSatisfy { $0 == style("entity.place") } == true)
        #expect(styles(of: "Monday", in: buffer)?.allSatisfy { $0 == style("entity.date") } == true)
        #expect(styles(of: " met the ", in: buffer)?.allSatisfy { $0 == style("text") } == true)
    }

    @Test func pronounsAreHighlightedOnlyWhileTheirEntityIsSelected() {
        let state = update(AppState(analysis: EntityArticles.analysis(), width: 80, height: 12), .resize(width: 80, height: 12)).0
        let bottom = update(state, .key(.character("G"))).0
        let plain = Screen.render(bottom, theme: theme)
        #expect(styles(of: "She", in: plain)?.allSatisfy { $0 == style("text") } == true)
        let selected = update(update(bottom, .key(.character("2"))).0, .key(.character("1"))).0
        #expect(selected.selectedEntity?.name == "Alice Moreau")
        let highlighted = Screen.render(selected, theme: theme)
        let selectedStyle = style("text").patched(with: style("entity.selected"))
        #expect(styles(of: "She", in: highlighted)?.allSatisfy { $0 == selectedStyle } == true)
        let name = style("entity.person").patched(with: style("entity.selected"))
        #expect(styles(of: "Alice Moreau", in: highlighted)?.allSatisfy { $0 == name } == true)
        #expect(styles(of: "Lisbon", in: highlighted)?.allSatisfy { $0 == style("entity.place") } == true)
    }

    @Test func theCurrentMentionIsLaidOnTop() {
        let start = AppState(analysis: EntityArticles.analysis(), width: 80, height: 12)
        let current = ["2", "n", "n", "1"].reduce(start) { update($0, .key(.character(Character($1)))).0 }
        #expect(current.currentMention == 1)
        let buffer = Screen.render(current, theme: theme)
        let expected = style("text").patched(with: style("entity.selected")).patched(with: style("entity.current"))
        #expect(styles(of: "She", in: buffer)?.allSatisfy { $0 == expected } == true)
    }

    @Test func aMentionSplitOverTwoLinesIsHighlightedOnBoth() throws {
        let text = "Words words words Alice Moreau"
        let article = TestArticles.article([text])
        let range = try #require(EntityArticles.ranges(of: "Alice Moreau", in: article.scalars).first)
        let analysis = Analysis(source: "t", article: article,
                                entities: [Entity(id: "E1", kind: .person, name: "Alice Moreau", mentions: [Mention(range: range, form: .name)])])
        let buffer = Screen.render(AppState(analysis: analysis, width: 24, height: 6), theme: theme)
        #expect(styles(of: "Alice", in: buffer)?.allSatisfy { $0 == style("entity.person") } == true)
        #expect(styles(of: "Moreau", in: buffer)?.allSatisfy { $0 == style("entity.person") } == true)
    }

    @Test func wideCharactersBeforeAMentionShiftItsColumns() throws {
        let article = TestArticles.article(["漢字 Alice here"])
        let range = try #require(EntityArticles.ranges(of: "Alice", in: article.scalars).first)
        let analysis = Analysis(source: "t", article: article,
                                entities: [Entity(id: "E1", kind: .person, name: "Alice", mentions: [Mention(range: range, form: .name)])])
        let buffer = Screen.render(AppState(analysis: analysis, width: 30, height: 6), theme: theme)
        #expect(styles(of: "Alice", in: buffer)?.allSatisfy { $0 == style("entity.person") } == true)
        #expect(styles(of: " here", in: buffer)?.allSatisfy { $0 == style("text") } == true)
    }

    @Test func spanLookupMatchesABruteForceScan() {
        var random = SplitMix64(seed: 7)
        var entities: [Entity] = []
        for index in 0..<40 {
            let mentions = (0..<Int.random(in: 1...6, using: &random)).map { _ in
                let start = Int.random(in: 0..<500, using: &random)
                return Mention(range: TextRange(start: start, end: start + Int.random(in: 1...30, using: &random)),
                               form: Bool.random(using: &random) ? .name : .pronoun)
            }
            entities.append(Entity(id: "E\(index)", kind: EntityKind.allCases[index % EntityKind.allCases.count],
                                   name: "n\(index)", mentions: mentions))
        }
        let highlights = MentionHighlights(entities: entities)
        let names = entities.flatMap { $0.mentions.filter { $0.form == .name }.map(\.range) }
        #expect(highlights.spans.count == names.count)
        for start in stride(from: 0, to: 540, by: 7) {
            let window = TextRange(start: start, end: start + 13)
            let found = highlights.spans(overlapping: window).map(\.range).sorted()
            #expect(found == names.filter { $0.overlaps(window) }.sorted(), "window \(window)")
        }
    }
}
