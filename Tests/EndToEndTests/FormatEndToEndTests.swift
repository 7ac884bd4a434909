import Foundation
import Testing

/// HTML pages, Markdown files and other encodings through the real binary: the reader's title line, no
/// markup on screen, the extracted text and metadata in the JSON, and clear messages for hostile input.
@Suite(.serialized)
struct FormatEndToEndTests {
    static let page = """
        <!DOCTYPE html><html><head><meta charset="utf-8">
        <title>Ferry strike ends after nine days | Harbour Herald</title>
        <meta property="og:site_name" content="Harbour Herald">
        <script type="application/ld+json">{"@type": "NewsArticle", "headline": "Ferry strike ends after nine days",
         "author": {"@type": "Person", "name": "Rosa Delacroix"}, "datePublished": "2026-05-04"}</script>
        <script>var tracker = "<p>not text</p>";</script></head>
        <body><nav><a href="/">Home</a> | <a href="/news">News</a></nav>
        <div class="advert">Advertisement</div>
        <article><h1>Ferry strike ends after nine days</h1>
        <p>Ferry crews returned to work on Monday after the union accepted a new pay offer, ending a strike that had
        stranded islanders for more than a week.</p>
        <p>&ldquo;We are glad to be back,&rdquo; said <strong>Peter Lindholm</strong>, a union steward, as the first boat left.</p>
        </article><footer>&copy; Harbour Herald</footer></body></html>
        """

    static let markdown = """
        # Ferry strike ends after nine days

        Ferry crews returned to work on **Monday** after the union accepted a new pay offer, ending a
        strike that had stranded islanders for more than a week.

        > “We are glad to be back,” said *Peter Lindholm*, a [union](https://union.example/) steward.
        """

    private func json(_ text: String) throws -> [String: Any] {
        try #require(try JSONSerialization.jsonObject(with: Data(text.utf8)) as? [String: Any])
    }

    @Test(.enabled(if: Tmux.isAvailable, "tmux is not installed"),
          arguments: [("strike.html", page), ("strike.md", markdown)])
    func opensWithTheTitleLineAndNoMarkup(name: String, content: String) throws {
        let path = try Fixtures.temporaryFile(Data(content.utf8), name: name)
        let tmux = try Tmux(command: Fixtures.quoted(BylineBinary.url.path) + " " + Fixtures.quoted(path), width: 100, height: 30)
        let screen = try tmux.waitFor("the title line and the story") { screen in
            screen.contains { $0.contains("Ferry crews returned to work") } && screen.last?.contains("line 1/") == true
        }
        let firstText = try #require(screen.dropFirst().first { !$0.replacingOccurrences(of: "│", with: "").trimmingCharacters(in: .whitespaces).isEmpty })
        #expect(firstText.contains("Ferry strike ends after nine days"), "the title is the reader's first line")
        let shown = screen.joined(separator: "\n")
        for markup in ["<", ">", "&ldquo;", "&", "**", "](", "# ", "Advertisement", "tracker", "Home |"] {
            #expect(!shown.contains(markup), "\(markup) is not shown")
        }
        #expect(shown.contains("Peter Lindholm"))
        try tmux.send("q")
        #expect(try tmux.waitForExit() == 0)
    }

    @Test func analyzeGivesTheExtractedTextAndMetadata() throws {
        let path = try Fixtures.temporaryFile(Data(Self.page.utf8), name: "strike.html")
        let result = try BylineBinary.run(["analyze", "--text", path])
        #expect(result.status == 0)
        let analysis = try json(result.standardOutput)
        let text = try #require(analysis["text"] as? String)
        #expect(text.hasPrefix("Ferry strike ends after nine days\n\nBy Rosa Delacroix\n\nFerry crews returned to work on Monday"))
        #expect(!text.contains("<") && !text.contains("Advertisement") && text.contains("“We are glad to be back,”"))
        #expect(analysis["title"] as? String == "Ferry strike ends after nine days")
        #expect(analysis["byline"] as? [String] == ["Rosa Delacroix"])
        #expect(analysis["published"] as? String == "2026-05-04")
        #expect(analysis["site"] as? String == "Harbour Herald")
        let scalars = Array(text.unicodeScalars)
        let quotes = try #require(analysis["quotes"] as? [[String: Any]])
        let quote = try #require(quotes.first { ($0["text"] as? String)?.hasPrefix("“We are glad") == true })
        let start = try #require(quote["start"] as? Int), end = try #require(quote["end"] as? Int)
        #expect(String(String.UnicodeScalarView(scalars[start..<end])) == quote["text"] as? String, "offsets index the extracted text")
    }

    @Test func formatOverridesDetection() throws {
        let path = try Fixtures.temporaryFile(Data(Self.page.utf8), name: "strike.html")
        let result = try BylineBinary.run(["analyze", "--text", "--format", "text", path])
        #expect(result.status == 0)
        #expect((try json(result.standardOutput)["text"] as? String)?.hasPrefix("<!DOCTYPE html>") == true)
    }

    @Test func windows1252IsReadWithOneWarning() throws {
        var bytes = Data("Fran".utf8)
        bytes.append(0xE7)
        bytes.append(contentsOf: Data("ois met the mayor at the caf".utf8))
        bytes.append(0xE9)
        bytes.append(contentsOf: Data(". Fran".utf8))
        bytes.append(0xE7)
        bytes.append(contentsOf: Data("ois left.".utf8))
        let path = try Fixtures.temporaryFile(bytes, name: "latin.txt")
        let result = try BylineBinary.run(["analyze", "--text", path])
        #expect(result.status == 0)
        #expect((try json(result.standardOutput)["text"] as? String) == "François met the mayor at the café. François left.")
        #expect(result.standardError.components(separatedBy: "\n").filter { $0.contains("warning") }.count == 1)
        #expect(result.standardError.contains("read as Windows-1252"))
    }

    @Test func hostilePagesGiveAResultOrAClearMessage() throws {
        var noisy = Data("<html><body><p>Before the noise, a sentence.</p>".utf8)
        var state: UInt64 = 7
        for _ in 0..<50_000 {
            state = state &* 6364136223846793005 &+ 1442695040888963407
            noisy.append(UInt8(truncatingIfNeeded: state >> 33) | 1)
        }
        let binary = try BylineBinary.run(["analyze", try Fixtures.temporaryFile(noisy, name: "noise.html")])
        #expect(binary.status == 65)
        #expect(binary.standardError.contains("looks like a binary file"))

        let malformed = "<html><body><div><p>Open <b>bold <i>both</b> after</p><p>Stray &bogus; & more</div></span><table><td>cell"
            + String(repeating: "<div>", count: 5000) + "<p attr=\"never closed>"
        let result = try BylineBinary.run(["analyze", "--text", try Fixtures.temporaryFile(Data(malformed.utf8), name: "bad.html")])
        #expect(result.status == 0)
        #expect((try json(result.standardOutput)["text"] as? String)?.contains("Open bold both after") == true)
    }

    @Test func aHundredMegabytePageIsRefusedWithAMessage() throws {
        let path = try Fixtures.temporaryFile(Data("<html><body>".utf8), name: "huge.html")
        let handle = try #require(FileHandle(forWritingAtPath: path))
        handle.seekToEndOfFile()
        let chunk = Data(String(repeating: "<p>A paragraph of a very long page, with <b>markup</b> &amp; more.</p>\n", count: 14_000).utf8)
        while handle.offsetInFile < 100_000_000 { handle.write(chunk) }
        try handle.close()
        defer { try? FileManager.default.removeItem(atPath: path) }
        let started = Date()
        let result = try BylineBinary.run(["analyze", path])
        #expect(result.status == 65)
        #expect(result.standardError.contains("is larger than 64 MiB"))
        #expect(Date().timeIntervalSince(started) < 30)
    }
}
