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
