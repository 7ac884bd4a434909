import Foundation
import Testing

/// The real `byline` binary in tmux at 120x30: jump through the sample's quotes with `]`, then through
/// one speaker's quotes with `}`, reading the status line. Names are read off the screen, never assumed.
@Suite(.enabled(if: Tmux.isAvailable, "tmux is not installed"), .serialized)
struct QuoteEndToEndTests {
    let binary = Fixtures.quoted(BylineBinary.url.path)

    /// What the status line says about the current quote.
    struct CurrentQuote: Equatable {
        /// The quote's 1-based number in the text.
        var number: Int
        var count: Int
        /// The speaker's name, "?" for none.
        var speaker: String
    }

    /// Reads "quote 3/20 · Name · told reporters" from the status line (the last row).
    func currentQuote(_ screen: [String]) -> CurrentQuote? {
        guard let status = screen.last else { return nil }
        let left = status.trimmingCharacters(in: .whitespaces).components(separatedBy: "  ").first ?? ""
        let parts = left.components(separatedBy: " · ")
        guard parts.count >= 2, parts[0].hasPrefix("quote ") else { return nil }
        let numbers = parts[0].dropFirst("quote ".count).split(separator: "/").compactMap { Int($0) }
        guard numbers.count == 2 else { return nil }
        return CurrentQuote(number: numbers[0], count: numbers[1], speaker: parts[1])
    }

    /// Types `key` and waits (up to `timeout` seconds) for the status line to name a quote other than
    /// `previous`.
    func press(_ key: String, on tmux: Tmux, after previous: CurrentQuote?, timeout: TimeInterval = 15) throws -> CurrentQuote? {
        try tmux.type(key)
        let screen = try tmux.waitFor("a quote after \(key)", timeout: timeout) { screen in
            guard let quote = currentQuote(screen) else { return false }
            return quote != previous
        }
        return currentQuote(screen)
    }

    @Test func jumpsThroughTheQuotesAndOneSpeakersQuotes() throws {
        let tmux = try Tmux(command: binary, width: 120, height: 30)
        try tmux.waitFor("the sample") { $0.contains { $0.contains(Fixtures.sampleOpening(words: 4)) } }
        try tmux.waitForAnalysis()

        let first = try #require(try press("]", on: tmux, after: nil))
        #expect(first.count >= 3, "the sample has several quotes")
        var current = first
        for _ in 1...2 {
            let next = try #require(try press("]", on: tmux, after: current))
            #expect(next.number == current.number % current.count + 1, "] goes to the next quote")
            #expect(next.count == first.count)
            current = next
        }

        var jumped: CurrentQuote?
        for _ in 0..<current.count where jumped == nil {
            // A speaker with one quote: } leaves it current, so the wait runs out and ] moves on.
            if let after = try? press("}", on: tmux, after: current, timeout: 3) {
                #expect(after.speaker == current.speaker, "} keeps the speaker \(current.speaker)")
                jumped = after
            } else {
                current = try #require(try press("]", on: tmux, after: current))
            }
        }
        let second = try #require(jumped, "some speaker has two quotes")
        let third = try #require(try press("}", on: tmux, after: second))
        #expect(third.speaker == second.speaker, "} keeps the speaker again")

        try tmux.send("q")
        #expect(try tmux.waitForExit() == 0)
    }
}

/// `y` in the quote pane, with tmux standing in for a terminal that takes OSC 52 into its clipboard.
@Suite(.enabled(if: Tmux.isAvailable, "tmux is not installed"), .serialized)
struct CopyEndToEndTests {
    @Test func yCopiesTheSelectedQuoteByOSC52() throws {
        let article = "The mayor spoke on Tuesday.\n\n“We will open the bridge in May,” Maria Lopez told reporters.\n"
        let path = try Fixtures.temporaryFile(Data(article.utf8))
        let tmux = try Tmux(command: "\(Fixtures.quoted(BylineBinary.url.path)) \(Fixtures.quoted(path))", width: 100,
                            height: 20, options: ["set -g set-clipboard on"])
        try tmux.waitFor("the article") { $0.contains { $0.contains("The mayor spoke") } }
        try tmux.waitForAnalysis()
        try tmux.send("3")
        try tmux.send("y")
        try tmux.waitFor("the note") { $0.last?.contains("copied quote 1") == true }
        let copied = try tmux.pasteBuffer()
        #expect(copied.hasPrefix("“We will open the bridge in May,”"), "the clipboard got \(copied)")
        #expect(copied.contains(" — "))
        #expect(copied.contains("told reporters"))
        try tmux.send("q")
        #expect(try tmux.waitForExit() == 0)
    }
}
