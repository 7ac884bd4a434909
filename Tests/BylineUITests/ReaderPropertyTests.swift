import BylineCore
import Testing
@testable import BylineUI

/// Random sizes and key sequences, from a fixed seed: nothing crashes and the scroll stays in range.
@Suite struct ReaderPropertyTests {
    private static let keys: [Key] = [
        .character("j"), .character("k"), .character(" "), .character("b"), .character("d"), .character("u"),
        .character("g"), .character("G"), .character("?"), .character("f"), .character("x"), .up, .down,
        .pageUp, .pageDown, .home, .end, .enter, .escape, .tab, .backTab, .left, .right, .backspace, .control("l"),
        .character("n"), .character("N"), .character("p"), .character("o"), .character("l"), .character("r"),
        .character("t"), .character("a"), .character("1"), .character("2"), .character("3"), .character("4"),
        .tab, .tab, .character("2"), .character("n"),
        .character("]"), .character("["), .character("}"), .character("{"), .character("3"), .character("]"),
        .character("4"), .character("j"), .enter, .character("4"), .character("G"), .enter, .character("4"), .pageDown,
    ]

    private static let sizes: [(Int, Int)] = [
        (0, 0), (1, 1), (0, 30), (30, 0), (19, 4), (20, 5), (19, 5), (20, 4), (-3, -7), (80, 24), (300, 100),
        (1_000_000, 1_000_000), (Int.max, Int.max), (Int.min, 12), (99, 24), (100, 5), (100, 6), (120, 30),
        (100, 30), (40, 12),
    ]

    private func checkInvariants(_ state: AppState) {
        #expect(state.top >= 0)
        #expect(state.top <= state.maxTop)
        #expect(state.width >= 0 && state.width <= AppState.maximumSide)
        #expect(state.height >= 0 && state.height <= AppState.maximumSide)
        #expect(state.layout.lines.isEmpty || state.top < state.layout.lines.count)
        #expect(state.article.entities.top >= 0)
        #expect(state.article.entities.top <= max(0, state.entityRows.count - 1))
        if let id = state.article.entities.selected {
            #expect(state.selectedEntity?.kind == state.article.entityFilter ?? state.selectedEntity?.kind, "\(id) is shown")
        }
        if let current = state.currentMention {
            #expect(current >= 0 && current < (state.selectedEntity?.mentions.count ?? 0))
        }
        #expect(state.currentQuote.map { state.quoteList.quotes.indices.contains($0) } ?? true)
        #expect(state.article.quotes.selected.map { state.quoteList.quotes.indices.contains($0) } ?? true)
        #expect(state.article.quotes.top >= 0)
        #expect(state.article.quotes.top <= max(0, state.quoteList.rows.count - 1))
        #expect(state.selectedRelationPosition.map { state.relationEntries.indices.contains($0) } ?? true)
        if let evidence = state.currentEvidence {
            #expect(evidence.start >= 0 && evidence.end <= state.analysis.article.scalars.count)
            #expect(state.currentMention == nil && state.currentQuote == nil, "only one jump target is current")
        }
        if state.width * state.height <= 40_000 {
            let buffer = Screen.render(state, theme: SnapshotTheme.theme)
            #expect(buffer.width == state.width)
            #expect(buffer.height == state.height)
            #expect(buffer.cells.count == state.width * state.height)
            #expect(buffer.cells.allSatisfy { $0.isContinuation || DisplayWidth.of($0.grapheme) >= 1 })
        }
    }

    @Test(arguments: [1, 2, 3, 4, 5, 6, 7, 8, 9, 10])
    func randomKeysAndSizesKeepTheScrollInRange(seed: UInt64) {
        var random = SplitMix64(seed: seed)
        let analyses = [TestArticles.numbered(40), TestArticles.analysis(["Short.", "Text."]), EntityArticles.analysis(),
                        QuoteArticles.analysis(), RelationArticles.analysis()]
        let analysis = analyses[Int(seed % 5)]
        let (width, height) = Self.sizes.randomElement(using: &random) ?? (80, 24)
        var state = AppState(analysis: analysis, width: width, height: height)
        checkInvariants(state)
        for _ in 0..<300 {
            let message: Message
            if Int.random(in: 0..<10, using: &random) == 0 {
                let (w, h) = Self.sizes.randomElement(using: &random) ?? (80, 24)
                message = .resize(width: w, height: h)
            } else {
                message = .key(Self.keys.randomElement(using: &random) ?? .down)
            }
            state = update(state, message).0
            checkInvariants(state)
        }
    }

    @Test(arguments: [EntityArticles.analysis(), QuoteArticles.analysis(), RelationArticles.analysis()])
    func everySizeRendersWithoutCrashing(analysis: Analysis) {
        for width in [-1, 0, 1, 2, 5, 19, 20, 21, 39, 99, 100, 101] {
            for height in [-1, 0, 1, 2, 3, 4, 5, 6, 7] {
                for keys in [["?"], ["2", "G", "n"], ["2", "n", "?"], ["3"], ["4"], ["]", "}"], ["3", "G", "["],
                             ["2", "4", "G"], ["4", "j"], ["h", "G"], ["/", "e", "\r"], ["&", "a", "\r"],
                             ["3", "0", "g"], ["5", "0", "%"], ["m", "a", "G", "'", "a"], ["3", "y"]] {
                    var state = AppState(analysis: analysis, width: width, height: height)
                    state = keys.reduce(state) { update($0, .key($1 == "\r" ? .enter : .character(Character($1)))).0 }
                    checkInvariants(state)
                    #expect(Screen.render(state, theme: SnapshotTheme.theme).cells.count == max(0, width) * max(0, height))
                }
            }
        }
    }
}
