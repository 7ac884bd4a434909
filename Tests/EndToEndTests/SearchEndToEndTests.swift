import Foundation
import Testing

/// Searching in the real reader, typed as in less.
@Suite(.enabled(if: Tmux.isAvailable, "tmux is not installed"), .serialized)
struct SearchEndToEndTests {
    let binary = Fixtures.quoted(BylineBinary.url.path)

    @Test func slashSearchesAndNWalksTheMatches() throws {
        let text = (1...30).map { index in
            index % 10 == 0 ? "Paragraph \(index) names François Okonkwo-Delage here." : "Paragraph \(index) is filler text."
        }.joined(separator: "\n\n") + "\n"
        let path = try Fixtures.temporaryFile(Data(text.utf8))
        let tmux = try Tmux(command: "\(binary) \(Fixtures.quoted(path))", width: 80, height: 12)
        try tmux.waitFor("the article") { $0.contains { $0.contains("Paragraph 1 ") } }
        try tmux.type("/francois")
        let prompt = try tmux.waitFor("the prompt") { $0.last?.contains("/francois") == true }
        #expect(prompt.contains { $0.contains("Paragraph 1 ") }, "the letters were typed, not run as commands")
        try tmux.send("Enter")
        try tmux.waitFor("the first match") { screen in
            screen.last?.contains("match 1/3") == true && screen.contains { $0.contains("Paragraph 10 names") }
        }
        try tmux.send("n")
        try tmux.waitFor("the second match") { screen in
            screen.last?.contains("match 2/3") == true && screen.contains { $0.contains("Paragraph 20 names") }
        }
        try tmux.send("N")
        try tmux.waitFor("back to the first") { $0.last?.contains("match 1/3") == true }
        try tmux.send("N")
        try tmux.waitFor("N wraps to the last") { $0.last?.contains("match 3/3") == true }
        try tmux.type("/zebra")
        try tmux.send("Enter")
        try tmux.waitFor("not found") { $0.last?.contains("Pattern not found: zebra") == true }
        try tmux.send("q")
        #expect(try tmux.waitForExit() == 0)
    }
}

/// The mouse in the real reader, as the terminal reports it (X10 mouse sequences typed into tmux).
@Suite(.enabled(if: Tmux.isAvailable, "tmux is not installed"), .serialized)
struct MouseEndToEndTests {
    let binary = Fixtures.quoted(BylineBinary.url.path)

    /// The X10 sequence for button code `button` at column `x`, row `y` (from 0).
    private func sequence(button: Int, x: Int, y: Int) -> String {
        "\u{1B}[M" + String(UnicodeScalar(UInt8(32 + button))) + String(UnicodeScalar(UInt8(33 + x)))
            + String(UnicodeScalar(UInt8(33 + y)))
    }

    @Test func theWheelScrollsTheArticle() throws {
        let tmux = try Tmux(command: binary, width: 100, height: 30)
        try tmux.waitFor("the sample") { $0.last?.contains("line 1/") == true }
        try tmux.type(sequence(button: 65, x: 10, y: 5))
        try tmux.waitFor("three lines down") { $0.last?.contains("line 4/") == true }
        try tmux.type(sequence(button: 64, x: 10, y: 5))
        try tmux.waitFor("back up") { $0.last?.contains("line 1/") == true }
        try tmux.send("q")
        #expect(try tmux.waitForExit() == 0)
    }

    @Test func noMouseLeavesTheWheelToTheTerminal() throws {
        let tmux = try Tmux(command: "\(binary) --no-mouse", width: 100, height: 30)
        try tmux.waitFor("the sample") { $0.last?.contains("line 1/") == true }
        try tmux.type(sequence(button: 65, x: 10, y: 5))
        Thread.sleep(forTimeInterval: 0.5)
        #expect(try tmux.screen().last?.contains("line 1/") == true, "the reader did not scroll")
        // Without mouse reporting the bytes came as keys (the last, &, opened the filter prompt).
        try tmux.send("Escape")
        try tmux.send("q")
        #expect(try tmux.waitForExit() == 0)
    }
}
