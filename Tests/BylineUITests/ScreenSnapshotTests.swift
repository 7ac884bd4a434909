import Testing
@testable import BylineUI

@Suite struct ScreenSnapshotTests {
    private func sampleState(width: Int, height: Int) throws -> AppState {
        AppState(analysis: try #require(TestArticles.sample()), width: width, height: height)
    }

    @Test(arguments: [(100, 30), (80, 24), (40, 12), (20, 5)])
    func readerOnTheSample(width: Int, height: Int) throws {
        let state = try sampleState(width: width, height: height)
        let buffer = Screen.render(state, theme: SnapshotTheme.theme)
        try Snapshot.assertMatches(buffer, named: "reader-sample-\(width)x\(height)")
    }

    @Test func readerOnTheSampleScrolledToTheEnd() throws {
        let state = update(try sampleState(width: 80, height: 24), .key(.character("G"))).0
        try Snapshot.assertMatches(Screen.render(state, theme: SnapshotTheme.theme), named: "reader-sample-80x24-bottom")
    }

    @Test func helpOverlay() throws {
        let state = update(try sampleState(width: 80, height: 24), .key(.character("h"))).0
        try Snapshot.assertMatches(Screen.render(state, theme: SnapshotTheme.theme), named: "help-80x24")
    }

    @Test func tooSmall() throws {
        let state = try sampleState(width: 19, height: 4)
        try Snapshot.assertMatches(Screen.render(state, theme: SnapshotTheme.theme), named: "too-small-19x4")
    }

    @Test func controlCharactersInTheText() throws {
        let analysis = TestArticles.analysis(["Bell\u{7} and escape\u{1B}[2J, C1\u{9B}31m, bidi\u{202E}txet, tab\there.",
                                              "Wide: 漢字かな 👨\u{200D}👩\u{200D}👧 🇺🇸 café"], source: "odd\u{1B}name.txt")
        let state = AppState(analysis: analysis, width: 30, height: 8)
        try Snapshot.assertMatches(Screen.render(state, theme: SnapshotTheme.theme), named: "control-characters-30x8")
    }

    @Test func zeroSizeGivesAnEmptyBuffer() throws {
        let buffer = Screen.render(try sampleState(width: 0, height: 0), theme: SnapshotTheme.theme)
        #expect(buffer.width == 0 && buffer.height == 0 && buffer.cells.isEmpty)
        let negative = Screen.render(try sampleState(width: -4, height: 10), theme: SnapshotTheme.theme)
        #expect(negative.cells.isEmpty)
    }

    @Test func statusLineKeepsThePositionVisible() throws {
        let state = update(try sampleState(width: 20, height: 5), .key(.character("j"))).0
        let buffer = Screen.render(state, theme: SnapshotTheme.theme)
        let bottom = (0..<buffer.width).map { buffer[$0, 4].grapheme }.joined()
        #expect(bottom.contains("line 2/"))
        #expect(bottom.hasSuffix("% ") || bottom.hasSuffix("Bot "))
    }

    @Test func positionConventions() {
        #expect(StatusLine.position(top: 0, pageHeight: 10, lineCount: 5) == "line 1/5 All")
        #expect(StatusLine.position(top: 0, pageHeight: 10, lineCount: 0) == "line 0/0 All")
        #expect(StatusLine.position(top: 0, pageHeight: 10, lineCount: 100) == "line 1/100 Top")
        #expect(StatusLine.position(top: 40, pageHeight: 10, lineCount: 100) == "line 41/100 50%")
        #expect(StatusLine.position(top: 90, pageHeight: 10, lineCount: 100) == "line 91/100 Bot")
    }
}
