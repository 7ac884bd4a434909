import Foundation
import Testing

/// Several articles in the real reader: named one by one or as a folder.
@Suite(.enabled(if: Tmux.isAvailable, "tmux is not installed"), .serialized)
struct ManyArticlesEndToEndTests {
    let binary = Fixtures.quoted(BylineBinary.url.path)

    /// A folder with two articles (and a file that is not one).
    private func folder() throws -> (folder: String, first: String, second: String) {
        let first = try Fixtures.temporaryFile(Data("The first article starts here.\n\nIt has a second paragraph.\n".utf8),
                                               name: "a-first.txt")
        let folder = (first as NSString).deletingLastPathComponent
        let second = (folder as NSString).appendingPathComponent("b-second.md")
        try Data("The second article is this one.\n".utf8).write(to: URL(fileURLWithPath: second))
        try Data([0xFF, 0x00]).write(to: URL(fileURLWithPath: (folder as NSString).appendingPathComponent("image.png")))
        return (folder, first, second)
    }

    @Test func colonNAndColonPMoveBetweenTwoFiles() throws {
        let (_, first, second) = try folder()
        let tmux = try Tmux(command: "\(binary) \(Fixtures.quoted(first)) \(Fixtures.quoted(second))", width: 80, height: 12)
        try tmux.waitFor("the first article") { screen in
            screen.contains { $0.contains("The first article") } && screen.last?.contains("article 1/2") == true
        }
        try tmux.type(":n")
        try tmux.waitFor("the second article") { screen in
            screen.contains { $0.contains("The second article") } && screen.last?.contains("article 2/2") == true
        }
        try tmux.type(":p")
        try tmux.waitFor("the first again") { $0.contains { $0.contains("The first article") } }
        try tmux.send("0")
        try tmux.waitFor("the article list") { screen in
            screen.contains { $0.contains("Articles") } && screen.contains { $0.contains("b-second.md") }
        }
        try tmux.send("j", "Enter")
        try tmux.waitFor("the second from the list") { $0.contains { $0.contains("The second article") } }
        try tmux.send("q")
        #expect(try tmux.waitForExit() == 0)
    }

    @Test func aFolderOpensItsArticlesInNameOrder() throws {
        let (folder, _, _) = try folder()
        let tmux = try Tmux(command: "\(binary) \(Fixtures.quoted(folder))", width: 80, height: 12)
        try tmux.waitFor("the first article") { screen in
            screen.contains { $0.contains("The first article") } && screen.last?.contains("article 1/2") == true
        }
        try tmux.send("q")
        #expect(try tmux.waitForExit() == 0)
    }

    @Test func severalArticlesIntoAPipeArePrintedWithHeadings() throws {
        let (folder, first, second) = try folder()
        let result = try BylineBinary.run([folder])
        #expect(result.status == 0)
        #expect(result.standardOutput.contains("==> \(first) <==\nThe first article starts here."))
        #expect(result.standardOutput.contains("\n\n==> \(second) <==\nThe second article is this one."))
        let empty = (folder as NSString).appendingPathComponent("empty")
        try FileManager.default.createDirectory(atPath: empty, withIntermediateDirectories: true)
        let failed = try BylineBinary.run([empty])
        #expect(failed.status == 66)
        #expect(failed.standardError.contains("no article files"))
    }

    @Test func theConfiguredPanesShowAndZTogglesOne() throws {
        let home = (try Fixtures.temporaryFile(Data(), name: "placeholder-panes") as NSString).deletingLastPathComponent
            + "/panes-config"
        let folder = (home as NSString).appendingPathComponent("byline")
        try FileManager.default.createDirectory(atPath: folder, withIntermediateDirectories: true)
        try Data("panes = [\"entities\"]\nwrap-width = \"wide\"\n".utf8)
            .write(to: URL(fileURLWithPath: folder + "/config.toml"))
        let path = try Fixtures.temporaryFile(Data("The council met on Tuesday.\n\n“We will open the bridge in May,” Maria Lopez said.\n".utf8), name: "panes.txt")
        let tmux = try Tmux(command: "XDG_CONFIG_HOME=\(Fixtures.quoted(home)) \(binary) \(Fixtures.quoted(path)); "
                                + "echo exited; sleep 30", width: 160, height: 24)
        let screen = try tmux.waitFor("the entities pane alone beside the article, the problem said") { screen in
            screen.contains { $0.contains("2 Entities") } && (screen.last ?? "").contains("config.toml:2: wrap-width")
        }
        #expect(!screen.contains { $0.contains("3 Quotes") || $0.contains("4 Relations") })
        try tmux.type("z3")
        try tmux.waitFor("the quotes pane shown") { $0.contains { $0.contains("3 Quotes") } }
        try tmux.type("z2")
        try tmux.waitFor("the entities pane hidden") { screen in
            screen.contains { $0.contains("3 Quotes") } && !screen.contains { $0.contains("2 Entities") }
        }
        try tmux.send("q")
        let after = try tmux.waitFor("the shell after quitting") { $0.contains { $0.contains("exited") } }
        #expect(after.joined(separator: "\n").components(separatedBy: "wrap-width:").count == 2, "said once on exit")
    }
}

/// `byline quotes`, `--help`, `--version` and the config file, run as a script would.
@Suite struct CommandLineExtrasEndToEndTests {
    private let article = "The council met on Tuesday.\n\n“We will open the bridge in May,” Maria Lopez told reporters.\n\n“Not a day later,” she said.\n"

    @Test func quotesPrintsWhoSaidWhatInEveryFormat() throws {
        let path = try Fixtures.temporaryFile(Data(article.utf8))
        let table = try BylineBinary.run(["quotes", path])
        #expect(table.status == 0)
        let lines = table.standardOutput.split(separator: "\n").map(String.init)
        #expect(lines.first?.hasPrefix("SPEAKER") == true)
        #expect(lines.contains { $0.contains("Maria Lopez") && $0.contains("told reporters") && $0.contains("“We will open the bridge in May,”") })
        let tsv = try BylineBinary.run(["quotes", "--format", "tsv", path])
        #expect(tsv.standardOutput.hasPrefix("speaker\tcue\tquote\n"))
        let markdown = try BylineBinary.run(["quotes", "--format", "markdown", path])
        #expect(markdown.standardOutput.hasPrefix("| speaker | cue | quote |\n| --- | --- | --- |\n"))
        let json = try BylineBinary.run(["quotes", "--format", "json", path])
        let decoded = try JSONSerialization.jsonObject(with: Data(json.standardOutput.utf8)) as? [[String: Any]]
        #expect(decoded?.count == 2)
        #expect(decoded?.first?["speaker"] as? String == "Maria Lopez")
        let two = try BylineBinary.run(["quotes", "--format", "tsv", path, path])
        #expect(two.standardOutput.hasPrefix("source\tspeaker\tcue\tquote\n"))
    }

    @Test func helpShowsTheReadingOptionsAndVersionPrints() throws {
        let help = try BylineBinary.run(["--help"])
        #expect(help.status == 0)
        #expect(help.standardOutput.contains("--no-mouse"))
        #expect(help.standardOutput.contains("--theme"))
        #expect(help.standardOutput.contains("quotes"))
        let version = try BylineBinary.run(["--version"])
        #expect(version.status == 0)
        #expect(version.standardOutput.split(separator: ".").count == 3)
        let completion = try BylineBinary.run(["--generate-completion-script", "bash"])
        #expect(completion.standardOutput.contains("--theme"))
    }

    @Test func aBrokenConfigIsNamedOnceAndTheRestCounts() throws {
        let home = (try Fixtures.temporaryFile(Data(), name: "placeholder") as NSString).deletingLastPathComponent
        let folder = (home as NSString).appendingPathComponent("byline")
        try FileManager.default.createDirectory(atPath: folder, withIntermediateDirectories: true)
        try Data("wrap-width = 30\nmouse = \"no\"\n".utf8).write(to: URL(fileURLWithPath: folder + "/config.toml"))
        let path = try Fixtures.temporaryFile(Data((article + String(repeating: "More words here. ", count: 20)).utf8))
        let result = try BylineBinary.run([path], environment: ["XDG_CONFIG_HOME": home, "COLUMNS": "100"])
        #expect(result.status == 78)
        #expect(result.standardError.contains("config.toml:2: mouse: expected true or false"))
        #expect(result.standardError.components(separatedBy: "mouse:").count == 2, "said once")
        #expect(result.standardOutput.split(separator: "\n").allSatisfy { $0.count <= 30 }, "wrap-width still counts")
    }
}
