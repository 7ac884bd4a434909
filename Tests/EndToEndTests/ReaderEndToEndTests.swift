import Foundation
import Testing

/// The real `byline` binary in tmux, driven with keys the way a person reads.
@Suite(.enabled(if: Tmux.isAvailable, "tmux is not installed"), .serialized)
struct ReaderEndToEndTests {
    let binary = Fixtures.quoted(BylineBinary.url.path)

    @Test func readsTheSampleScrollsResizesAndQuitsCleanly() throws {
        let tmux = try Tmux(command: binary, width: 80, height: 24)
        let opening = Fixtures.sampleOpening(words: 4)
        // The whole first frame: the text, and the status line (painted last) naming the source.
        let first = try tmux.waitFor("the sample's first line and the status line") { screen in
            screen.contains { $0.contains(opening) } && screen.last?.contains("line 1/") == true
        }
        #expect(first.last?.contains("sample") == true, "the status line names the source")

        try tmux.send("Space")
        try tmux.waitFor("a page down") { !$0.contains { $0.contains(opening) } }
        try tmux.send("g")
        try tmux.waitFor("back at the top") { $0.contains { $0.contains(opening) } }
        try tmux.send("j")
        try tmux.waitFor("one line down") { !$0.prefix(3).contains { $0.contains(opening) } }
        try tmux.send("k")
        try tmux.waitFor("one line up") { $0.contains { $0.contains(opening) } }

        try tmux.resize(width: 50, height: 16)
        let narrow = try tmux.waitFor("a reflow to 50 columns") { screen in
            screen.count == 16 && screen.contains { $0.contains(opening) }
        }
        #expect(narrow.allSatisfy { $0.count <= 50 })

        try tmux.resize(width: 19, height: 4)
        try tmux.waitFor("the too-small notice") { $0.joined(separator: " ").contains("too small") }
        try tmux.resize(width: 80, height: 24)
        try tmux.waitFor("the text back") { $0.contains { $0.contains(opening) } }

        try tmux.send("q")
        #expect(try tmux.waitForExit() == 0)
        #expect(try tmux.value("alternate_on") == "0", "the alternate screen is left")
    }

    /// A long article is laid out a step at a time after the first frame; `G` lands on the same last
    /// lines the whole layout gives (the lines printed into a pipe at the same width).
    @Test func theEndOfALongArticleIsTheEndOfTheWholeLayout() throws {
        let text = (1...4_000).map { index in
            "Entry \(index) of the log: the tide came in at dusk and the boats were tied up for the night."
        }.joined(separator: "\n\n") + "\n"
        let path = try Fixtures.temporaryFile(Data(text.utf8))
        let printed = try BylineBinary.run([path], environment: ["COLUMNS": "78"])
        let lastLines = printed.standardOutput.split(separator: "\n", omittingEmptySubsequences: false)
            .map(String.init).dropLast().suffix(5)
        let tmux = try Tmux(command: "\(binary) \(Fixtures.quoted(path))", width: 80, height: 14)
        try tmux.waitFor("the first entry") { $0.contains { $0.contains("Entry 1 of the log") } }
        try tmux.send("G")
        let end = try tmux.waitFor("the last page") { $0.last?.contains("Bot") == true }
        let shown = end.dropLast().map { $0.dropFirst().trimmingCharacters(in: .whitespaces) }
        #expect(Array(shown.suffix(5)) == lastLines.map { $0.trimmingCharacters(in: .whitespaces) },
                "the last rows are the whole layout's")
        try tmux.send("q")
        #expect(try tmux.waitForExit() == 0)
    }

    @Test func helpShowsKeysFromTheKeymap() throws {
        let tmux = try Tmux(command: binary, width: 80, height: 24)
        try tmux.waitFor("the sample") { $0.contains { $0.contains(Fixtures.sampleOpening(words: 3)) } }
        try tmux.send("h")
        let help = try tmux.waitFor("the help overlay") { $0.joined().lowercased().contains("quit") }
        #expect(help.joined().contains("q"))
        try tmux.send("Escape")
        try tmux.waitFor("help closed") { $0.contains { $0.contains(Fixtures.sampleOpening(words: 3)) } }
        try tmux.send("q")
        #expect(try tmux.waitForExit() == 0)
    }

    @Test(arguments: [("C-c", 130 /* 128 + SIGINT */)])
    func controlCRestoresTheTerminal(key: String, status: Int) throws {
        let tmux = try Tmux(command: binary, width: 80, height: 24)
        try tmux.waitFor("the sample") { $0.contains { $0.contains(Fixtures.sampleOpening(words: 3)) } }
        try tmux.send(key)
        #expect(try tmux.waitForExit() == status)
        #expect(try tmux.value("alternate_on") == "0")
    }

    @Test(arguments: [("TERM", 143), ("HUP", 129)])
    func signalsRestoreTheTerminal(signal: String, status: Int) throws {
        let tmux = try Tmux(command: binary, width: 80, height: 24)
        try tmux.waitFor("the sample") { $0.contains { $0.contains(Fixtures.sampleOpening(words: 3)) } }
        let pid = try tmux.commandProcessID()
        let kill = Process()
        kill.executableURL = URL(fileURLWithPath: "/bin/kill")
        kill.arguments = ["-\(signal)", pid]
        try kill.run()
        kill.waitUntilExit()
        #expect(try tmux.waitForExit() == status)
        #expect(try tmux.value("alternate_on") == "0")
    }

    @Test func suspendsWithControlZAndRedrawsOnForeground() throws {
        let tmux = try Tmux(command: "exec bash --norc --noprofile -i", width: 80, height: 24)
        try tmux.waitFor("a shell prompt") { $0.contains { $0.contains("$") || $0.contains("#") } }
        try tmux.type("PS1='prompt> ' \(binary)")
        try tmux.send("Enter")
        let opening = Fixtures.sampleOpening(words: 3)
        try tmux.waitFor("the sample") { $0.contains { $0.contains(opening) } }
        try tmux.send("C-z")
        try tmux.waitFor("the shell back") { $0.joined().contains("Stopped") }
        #expect(try tmux.value("alternate_on") == "0")
        try tmux.type("fg")
        try tmux.send("Enter")
        try tmux.waitFor("the reader redrawn") { $0.contains { $0.contains(opening) } }
        try tmux.send("q")
        try tmux.waitFor("the shell after quitting") { !$0.contains { $0.contains(opening) } || $0.joined().contains("prompt>") }
        #expect(try tmux.value("alternate_on") == "0")
    }

    @Test func readsTheArticleFromStandardInputAndKeysFromTheTerminal() throws {
        let path = try Fixtures.temporaryFile(Data("Piped articles work.\nSecond paragraph here.\n".utf8))
        let tmux = try Tmux(command: "cat \(Fixtures.quoted(path)) | \(binary) -", width: 60, height: 12)
        let screen = try tmux.waitFor("the piped article") { $0.contains { $0.contains("Piped articles work.") } }
        #expect(screen.contains { $0.contains("Second paragraph here.") })
        try tmux.send("q")
        #expect(try tmux.waitForExit() == 0)
    }

    @Test func escapeSequencesInTheTextAreShownNotObeyed() throws {
        let hostile = "Before \u{1B}[2J\u{1B}[31mred\u{1B}[0m and \u{9B}31m csi and \u{202E}reversed\u{202C} after.\n"
        let path = try Fixtures.temporaryFile(Data(hostile.utf8))
        let tmux = try Tmux(command: "\(binary) \(Fixtures.quoted(path))", width: 80, height: 10)
        let screen = try tmux.waitFor("the article") { $0.contains { $0.contains("Before") } }
        let row = screen.first { $0.contains("Before") } ?? ""
        #expect(row.contains("␛"), "ESC is drawn as a visible placeholder")
        #expect(row.contains("after."), "the rest of the line is intact")
        try tmux.send("q")
        #expect(try tmux.waitForExit() == 0)
    }

    @Test func aBrokenThemeIsNamedInTheReaderAndOnceOnExit() throws {
        let theme = try Fixtures.temporaryFile(Data("[scopes]\ntext = \"nocolour\"\n".utf8), name: "broken.toml")
        let messages = theme + ".stderr"
        // Wide enough for the status line to hold the temporary file's long path and the problem.
        let tmux = try Tmux(command: "\(binary) --theme \(Fixtures.quoted(theme)) 2> \(Fixtures.quoted(messages))",
                            width: 200, height: 20)
        let screen = try tmux.waitFor("the sample in the default theme") {
            $0.contains { $0.contains(Fixtures.sampleOpening(words: 3)) }
        }
        #expect(screen.last?.contains("unknown colour") == true, "the status line names the problem")
        try tmux.send("q")
        #expect(try tmux.waitForExit() == 78, "EX_CONFIG: the theme asked for could not be used")
        let text = try String(contentsOfFile: messages, encoding: .utf8)
        #expect(text.contains("broken.toml:2: scopes.text"), "the message names the file, the line and the key")
        #expect(text.contains("using the default theme"))
        #expect(text.components(separatedBy: "unknown colour").count == 2, "said once, not twice")
    }
}
