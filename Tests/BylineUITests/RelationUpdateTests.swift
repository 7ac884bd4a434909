import BylineCore
import Testing
@testable import BylineUI

/// The relation list and the relation pane's keys, on the made-up relation article.
@Suite struct RelationUpdateTests {
    private func state(width: Int = 100, height: Int = 30, keys: [Key]) -> AppState {
        let start = AppState(analysis: RelationArticles.analysis(), width: width, height: height)
        return keys.reduce(start) { update($0, .key($1)).0 }
    }

    /// The screen's rows as text.
    private func rows(_ state: AppState) -> [String] {
        let buffer = Screen.render(state, theme: SnapshotTheme.theme)
        return (0..<buffer.height).map { y in
            (0..<buffer.width).map { buffer[$0, y] }.filter { !$0.isContinuation }.map(\.grapheme).joined()
        }
    }

    @Test func entriesAreGroupedByLabelTheEntitysOwnFirst() {
        let list = RelationList(analysis: RelationArticles.analysis())
        let entries = list.entries(of: "E1")
        #expect(entries.map(\.id) == ["R3", "R1", "R2", "R4"], "title, met, told, then supported by")
        #expect(RelationList.rows(of: entries) == [
            .heading("title", count: 1), .entry(0), .heading("met", count: 1), .entry(1),
            .heading("told", count: 1), .entry(2), .heading("supported by", count: 1), .entry(3),
        ])
        #expect(entries.first?.other == "harbour pilot", "a title shows its value")
        #expect(list.entries(of: "E4").isEmpty)
    }

    @Test func labelsReadFromTheEntity() {
        let list = RelationList(analysis: RelationArticles.analysis())
        #expect(list.entries(of: "E5").map(\.label) == ["supports"])
        #expect(list.entries(of: "E5").first?.other == "Alice Moreau")
        #expect(list.entries(of: "E1").last?.label == "supported by")
        #expect(list.entries(of: "E1").last?.other == "Bruno")
        #expect(list.entries(of: "E3").map(\.label) == ["location of"])
        #expect(list.entries(of: "E2").map(\.label) == ["located in", "met", "told by"])
        #expect(RelationList.label(of: .other, value: "praised", outgoing: true) == "praised")
    }

    @Test func meetingsReadTheSameBothWaysAndGroupTogether() {
        var analysis = RelationArticles.analysis()
        let evidence = analysis.relations[0].evidence
        analysis.relations.append(Relation(id: "R6", subject: "E5", predicate: .met, object: "E1", value: nil,
                                           evidence: evidence))
        let entries = RelationList(analysis: analysis).entries(of: "E1")
        #expect(entries.filter { $0.label == "met" }.map(\.other) == ["Harbour Board", "Bruno"])
        #expect(RelationList.rows(of: entries).filter { $0 == .heading("met", count: 2) }.count == 1)
    }

    @Test func claimsNameTheClaimant() {
        let entries = RelationList(analysis: RelationArticles.analysis()).entries(of: "E1")
        #expect(entries.filter { $0.claimant != nil }.map(\.id) == ["R4"])
        #expect(entries.last?.claimant == "Alice Moreau")
        let screen = rows(state(width: 80, height: 24, keys: [.character("2"), .character("4"), .character("G")]))
        #expect(screen.contains { $0.contains("Bruno") && $0.contains("claimed by Alice") })
    }

    @Test func focusingSelectsTheFirstRelationAndJKMoveIt() {
        let focused = state(keys: [.character("2"), .character("4")])
        #expect(focused.focus == .relations)
        #expect(focused.article.relations.selected == "R3")
        #expect(state(keys: [.character("2"), .character("4"), .character("j"), .character("j")]).article.relations.selected == "R2")
        #expect(state(keys: [.character("2"), .character("4"), .character("G"), .character("k")]).article.relations.selected == "R2")
        #expect(state(keys: [.character("2"), .character("4"), .character("G"), .character("j")]).article.relations.selected == "R4",
                "the selection stops at the last relation")
        #expect(state(keys: [.character("2"), .character("4"), .pageDown]).article.relations.selected == "R4",
                "a page down moves past the four relations")
        #expect(state(keys: [.character("2"), .character("4"), .pageDown, .pageUp]).article.relations.selected == "R3")
    }

    @Test func enterJumpsToTheEvidence() throws {
        let start = state(keys: [.character("2"), .character("4"), .character("j"), .character("j")])
        #expect(start.top == 0)
        let opened = update(start, .key(.enter)).0
        let evidence = try #require(RelationList(analysis: opened.analysis).entries(of: "E1").first { $0.id == "R2" }?.evidence)
        #expect(opened.focus == .article)
        #expect(opened.currentEvidence == evidence)
        let line = opened.layout.lineIndex(containing: evidence.start)
        #expect(line >= opened.top && line < opened.top + opened.pageHeight, "the evidence is in view")
        #expect(opened.top > 0, "the article scrolled down to it")
        let buffer = Screen.render(opened, theme: SnapshotTheme.theme)
        let row = line - opened.top + 1
        #expect((0..<buffer.width).contains { SnapshotTheme.name(of: buffer[$0, row].style) == "search.current" },
                "the evidence is highlighted")
        #expect(StatusLine.subject(of: opened) == "relation 3/4 · Alice Moreau told Harbour Board")
        #expect(update(opened, .key(.character("n"))).0.currentEvidence == nil, "a mention jump clears it")
    }

    @Test func anEntityWithNoRelations() {
        let monday = state(keys: [.character("2"), .character("t"), .character("4")])
        #expect(monday.relationEntityID == "E4")
        #expect(monday.relationEntries.isEmpty)
        #expect(monday.article.relations.selected == nil)
        #expect(update(monday, .key(.enter)).0.focus == .relations, "Enter with nothing selected does nothing")
        #expect(rows(monday).contains { $0.contains("No relations found") })
    }

    @Test func noSelection() {
        let start = state(keys: [.character("3"), .character("4")])
        #expect(start.relationEntityID == nil)
        #expect(start.relationEntries.isEmpty)
        #expect(rows(start).contains { $0.contains("No entity selected") })
        #expect(update(start, .key(.character("j"))).0.article.relations.selected == nil)
    }

    @Test func theArticleShowsTheRelationsOfTheEntityOnItsTopLine() {
        let reading = state(keys: [])
        #expect(reading.article.entities.selected == nil)
        #expect(reading.relationEntityID == "E1", "Alice Moreau is named on the top line")
        #expect(rows(reading).contains { $0.contains("Alice Moreau") && $0.contains("4 relations") })
        let focused = update(reading, .key(.character("4"))).0
        #expect(focused.article.entities.selected == "E1", "focusing the pane selects the entity it showed")
        #expect(focused.article.relations.selected == "R3")
    }

    @Test func theNetworkFitsEveryWidthAndDegrades() {
        let network = EgoNetwork(center: "Alice Moreau", entries: RelationList(analysis: RelationArticles.analysis()).entries(of: "E1"))
        #expect(network.incoming == [EgoNetwork.Edge(label: "supports", name: "Bruno")])
        #expect(network.outgoing.map(\.label) == ["title", "met", "told"])
        for width in 30...140 {
            let drawing = network.rows(width: width, height: 5)
            #expect(drawing?.count == 5)
            #expect(drawing?.allSatisfy { row in row.map { DisplayWidth.of($0.text) }.reduce(0, +) == width } == true,
                    "every row is \(width) wide")
        }
        #expect(network.rows(width: 29, height: 10) == nil)
        #expect(network.rows(width: 80, height: 2) == nil)
        let squeezed = network.rows(width: 40, height: 4)
        #expect(squeezed?.count == 4)
        #expect(squeezed?.contains { row in row.contains { $0.text.contains("+2 more") } } == true)
    }
}
