import Foundation
import Testing

/// The reader and the terminal it runs on: signals and crashes leave it usable, keys come from the
/// terminal whatever standard input is, terminals that cannot host the reader get plain text or a clear
/// refusal, and a resize while suspended is noticed on resume.
@Suite(.enabled(if: Tmux.isAvailable, "tmux is not installed"), .serialized)
struct TerminalEndToEndTests {
    let binary = Fixtures.quoted(BylineBinary.url.path)

    /// A short article of our own, written to a temporary file.
    private func article() throws -> String {
        try Fixtures.temporaryFile(Data("The ferry left at noon.\n\nIt came back late in the evening.\n".utf8))
    }

    /// Runs byline with `arguments` in a window of its own, then records the terminal's modes with
    /// `stty -a` as the shell sees them afterwards. No core files, and no SWIFT_BACKTRACE from the
    /// test's environment.
    private func start(_ arguments: String, width: Int = 80, height: Int = 24) throws -> (Tmux, modes: String) {
        let modes = try Fixtures.temporaryFile(Data(), name: "stty.txt")
        let command = "ulimit -c 0; env -u SWIFT_BACKTRACE \(binary) \(arguments); status=$?; "
            + "stty -a > \(Fixtures.quoted(modes)); (exit $status)"
        return (try Tmux(command: command, width: width, height: height, lingering: true), modes)
    }

    /// Whether `stty -a` output shows a terminal back in its normal modes: line editing and echo on.
    private func isCooked(_ modesFile: String) throws -> Bool {
        let words = try String(contentsOfFile: modesFile, encoding: .utf8).split(whereSeparator: \.isWhitespace)
        return words.contains("icanon") && words.contains("echo")
    }

    @Test(arguments: [("SEGV", 139), ("ILL", 132), ("ABRT", 134), ("BUS", 135), ("USR1", 138), ("ALRM", 142)])
    func aSignalRestoresTheTerminalBeforeTheProcessDies(signal: String, status: Int) throws {
        let path = try article()
        let (tmux, modes) = try start(Fixtures.quoted(path))
        try tmux.waitFor("the article") { $0.contains { $0.contains("The ferry left at noon.") } }
        try send(signal, to: tmux.commandProcessID())
        #expect(try tmux.waitForExit(timeout: 10) == status)
        #expect(try tmux.value("alternate_on") == "0", "the alternate screen is left")
        #expect(try isCooked(modes), "stty shows icanon and echo back")
        #expect(try !tmux.screen().joined().contains("Press space"), "the runtime's backtracer does not wait")
    }

    @Test func aCrashInTheReaderRestoresTheTerminalThenShowsTheFatalError() throws {
        let path = try article()
        let (tmux, modes) = try start("--test-crash \(Fixtures.quoted(path))")
        let status = try tmux.waitForExit(timeout: 10)
        #expect(status == 132 || status == 133, "died of the trap (SIGILL, or SIGTRAP on arm64), not \(status)")
        #expect(try tmux.value("alternate_on") == "0")
        #expect(try isCooked(modes))
        let screen = try tmux.screen().joined(separator: "\n")
        #expect(screen.contains("Fatal error"), "the runtime's message is shown after the terminal is restored")
        #expect(screen.contains("the reader crashed"))
        #expect(!screen.contains("Press space"))
    }

    @Test func withSwiftBacktraceSetTheRuntimesBacktraceFollowsTheRestore() throws {
        let path = try article()
        let modes = try Fixtures.temporaryFile(Data(), name: "stty.txt")
        let command = "ulimit -c 0; SWIFT_BACKTRACE=enable=yes,interactive=no,color=no \(binary) --test-crash "
            + "\(Fixtures.quoted(path)); status=$?; stty -a > \(Fixtures.quoted(modes)); (exit $status)"
        let tmux = try Tmux(command: command, width: 100, height: 60, lingering: true)
        let status = try tmux.waitForExit(timeout: 60)
        #expect(status == 132 || status == 133)
        #expect(try tmux.value("alternate_on") == "0")
        #expect(try isCooked(modes))
        let screen = try tmux.screen().joined(separator: "\n")
        #expect(screen.contains("crashed"), "the backtracer's report is on the normal screen")
        #expect(!screen.contains("the reader crashed"), "the runtime reports it, not Byline")
        #expect(!screen.contains("Press space"))
    }

    @Test(arguments: [false, true])
    func keysComeFromTheTerminalWhenStandardInputIsAtItsEnd(throughXargs: Bool) throws {
        let path = Fixtures.quoted(try article())
        let command = throughXargs ? "echo \(path) | xargs \(binary)" : "\(binary) \(path) </dev/null"
        let tmux = try Tmux(command: command, width: 80, height: 24)
        try tmux.waitFor("the article") { $0.contains { $0.contains("The ferry left at noon.") } }
        try tmux.send("q")
        #expect(try tmux.waitForExit() == 0)
    }

    @Test func withNoTerminalToReadKeysFromItSaysSoAndFails() throws {
        let path = try article()
        let messages = path + ".stderr"
        // Out of the terminal's session, a reader that spun on standard input would outlive tmux: bound it.
        let tmux = try Tmux(command: "timeout 20 setsid -w \(binary) \(Fixtures.quoted(path)) </dev/null "
                            + "2>\(Fixtures.quoted(messages))", width: 80, height: 24)
        #expect(try tmux.waitForExit() == 1)
        let text = try String(contentsOfFile: messages, encoding: .utf8)
        #expect(text.contains("no terminal to read keys from"))
    }

    @Test func aDumbTerminalGetsTheTextPrinted() throws {
        let path = try article()
        let tmux = try Tmux(command: "TERM=dumb \(binary) \(Fixtures.quoted(path))", width: 60, height: 12,
                            lingering: true)
        #expect(try tmux.waitForExit() == 0)
        let screen = try tmux.screen()
        #expect(screen.contains("The ferry left at noon."))
        #expect(screen.contains("It came back late in the evening."))
        #expect(screen.joined().contains("cannot move its cursor"))
    }

    @Test func anUnsetTermIsExplained() throws {
        let path = try article()
        let messages = path + ".stderr"
        let tmux = try Tmux(command: "env -u TERM \(binary) \(Fixtures.quoted(path)) 2>\(Fixtures.quoted(messages))",
                            width: 60, height: 12)
        #expect(try tmux.waitForExit() == 1)
        #expect(try String(contentsOfFile: messages, encoding: .utf8).contains("TERM is not set"))
    }

    @Test func aResizeWhileSuspendedIsPickedUpOnResume() throws {
        let tmux = try Tmux(command: "exec bash --norc --noprofile -i", width: 80, height: 24)
        try tmux.waitFor("a shell prompt") { $0.contains { $0.contains("$") || $0.contains("#") } }
        try tmux.type("PS1='prompt> ' \(binary)")
        try tmux.send("Enter")
        let opening = Fixtures.sampleOpening(words: 3)
        try tmux.waitFor("the sample") { $0.contains { $0.contains(opening) } }
        try tmux.send("C-z")
        try tmux.waitFor("the shell back") { $0.joined().contains("Stopped") }
        try tmux.resize(width: 60, height: 16)
        try tmux.type("fg")
        let resumedAt = Date()
        try tmux.send("Enter")
        let resumed = try tmux.waitFor("the reader redrawn at 60x16 without a key") { screen in
            screen.count == 16 && (screen.last ?? "").contains("line 1/") && screen.contains { $0.contains(opening) }
        }
        // tmux itself sends the size again about a second later; the reader must not wait for that.
        #expect(Date().timeIntervalSince(resumedAt) < 0.5, "the new size is taken at once on resume")
        #expect(resumed.allSatisfy { $0.count <= 60 })
        try tmux.send("q")
        try tmux.waitFor("the shell after quitting") { $0.joined().contains("prompt>") }
    }

    private func send(_ signal: String, to pid: String) throws {
        let kill = Process()
        kill.executableURL = URL(fileURLWithPath: "/bin/kill")
        kill.arguments = ["-\(signal)", pid]
        try kill.run()
        kill.waitUntilExit()
    }
}

/// The reader stays responsive while it analyses a long article.
@Suite(.enabled(if: Tmux.isAvailable, "tmux is not installed"), .serialized)
struct ResponsiveReaderEndToEndTests {
    let binary = Fixtures.quoted(BylineBinary.url.path)

    /// About 10 MB of our own text: numbered paragraphs with names, quotes and cues for the analysis to chew on.
    private func tenMegabyteArticle() throws -> String {
        var text = ""
        var number = 0
        while text.utf8.count < 10_000_000 {
            number += 1
            text += "Paragraph \(number). Councillor Ada Morland told the harbour board on Tuesday that the new "
                + "ferry timetable \"would not survive the winter,\" and the board's chair, Piet Varga, said the vote "
                + "would wait until the spring.\n\n"
        }
        return try Fixtures.temporaryFile(Data(text.utf8), name: "long.txt")
    }

    @Test func keysWorkAndQuitAnswersWithinATenthOfASecondWhileAnalysing() throws {
        let path = try tenMegabyteArticle()
        let tmux = try Tmux(command: "\(binary) \(Fixtures.quoted(path))", width: 100, height: 30)
        let first = try tmux.waitFor("the text, with the analysis running", timeout: 90) { screen in
            screen.contains { $0.contains("Paragraph 1. Councillor") } && (screen.last ?? "").contains("analysing")
        }
        #expect(first.contains { $0.contains("analysing…") && !$0.contains("line") }, "a pane says analysing…")
        try tmux.send("Space")
        try tmux.waitFor("a page down while analysing", timeout: 5) { screen in
            !screen.contains { $0.contains("Paragraph 1. Councillor") } && (screen.last ?? "").contains("analysing")
        }
        // The answer to q is the terminal given back: the reader writing the sequence that leaves the
        // alternate screen, as tmux sees it. (The process's exit follows, once the kernel has taken back
        // the analysis's memory.) A control-mode client sends the key and watches the output, so no
        // process is started while the clock runs.
        let control = try tmux.control()
        Thread.sleep(forTimeInterval: 0.2)
        let asked = Date()
        control.send("send-keys -t \(tmux.session) q")
        let answered = control.waitForOutput(containing: "\\033[?1049l", timeout: 5)
        let took = Date().timeIntervalSince(asked)
        #expect(answered, "the reader left the alternate screen")
        #expect(took < 0.1, "q took \(Int(took * 1000)) ms")
        #expect(try tmux.waitForExit(timeout: 5) == 0)
    }
}

/// Text that joins characters in ways terminals disagree about never shifts the frame.
@Suite(.enabled(if: Tmux.isAvailable, "tmux is not installed"), .serialized)
struct GraphemeEndToEndTests {
    let binary = Fixtures.quoted(BylineBinary.url.path)

    @Test func theRightPanesBorderStaysInItsColumn() throws {
        let samples = [
            "x\u{200D}y", " \u{200D}", "👨\u{200D}👩\u{200D}👧", "🇺🇸", "\u{1F1FA}", "👍🏽", "\u{1F3FD}", "\u{2764}\u{FE0F}",
            "#\u{FE0F}\u{20E3}", "🏴\u{E0067}\u{E0062}\u{E0065}\u{E006E}\u{E0067}\u{E007F}", "x\u{200D}👨", "👨\u{200D}x",
            "\u{915}\u{93F}", "\u{1FAE9}", "e\u{301}", "漢字",
        ]
        let text = samples.enumerated().map { "Case \($0.offset) shows \($0.element) here." }.joined(separator: "\n\n")
        let path = try Fixtures.temporaryFile(Data(text.utf8), name: "joined.txt")
        let tmux = try Tmux(command: "\(binary) \(Fixtures.quoted(path))", width: 100, height: 40)
        // Wait for the analysis too: it repaints the panes.
        try tmux.waitFor("every case") { $0.contains { $0.contains("Case 15 shows") } }
        let screen = try tmux.waitForAnalysis()
        // The right-hand panes are 40 columns of narrow characters: in each framed row, the last 40
        // characters start with their frame, right after the article's frame (in column 59).
        for (index, row) in screen.enumerated().dropFirst().dropLast(2) {
            let panes = row.suffix(40)
            let articleEdge = row.dropLast(40).last
            #expect(row.count >= 41 && "│┌└".contains(panes.first ?? " ") && "│┐┘".contains(articleEdge ?? " "),
                    "row \(index) is shifted: \(row)")
        }
        try tmux.send("q")
        #expect(try tmux.waitForExit() == 0)
    }
}
