import Foundation
import Testing

/// The command line's edges: outputs that never replace inputs, writes whose failure is noticed, files
/// that are not what they seem, messages that never carry the input's escape sequences, and themes.
@Suite struct CommandLineEndToEndTests {
    /// `swift test` sets NO_COLOR, which would choose the monochrome theme over any asked for.
    private let colour = ["NO_COLOR": ""]

    private let article = "The harbour board met on Tuesday. Mira Okafor said the ferry would run until May.\n"

    /// A new empty folder for one test.
    private func folder() throws -> URL {
        let url = FileManager.default.temporaryDirectory.appendingPathComponent("byline-cli-\(UUID().uuidString)")
        try FileManager.default.createDirectory(at: url, withIntermediateDirectories: true)
        return url
    }

    /// The plain `byline [FILE...]` is read without the general argument parser; `byline read ...` always
    /// goes through it. Both must behave alike: same output, messages and exit status.
    @Test func thePlainReaderCommandLineBehavesAsTheParsedOne() throws {
        let input = try Fixtures.temporaryFile(Data(article.utf8), name: "story.txt")
        let missing = input + ".missing"
        for arguments in [[input], [input, input], ["--no-color", input], ["--no-mouse", "--no-color", input],
                          [missing], [input, missing], ["-"]] {
            let plain = try BylineBinary.run(arguments, input: Data(article.utf8), environment: colour)
            let parsed = try BylineBinary.run(["read"] + arguments, input: Data(article.utf8), environment: colour)
            #expect(plain.status == parsed.status, "\(arguments)")
            #expect(plain.standardOutput == parsed.standardOutput, "\(arguments)")
            #expect(plain.standardError == parsed.standardError, "\(arguments)")
        }
        let plainMissing = try BylineBinary.run([missing])
        #expect(plainMissing.status == 66)
        #expect(plainMissing.standardOutput.isEmpty)
        #expect(plainMissing.standardError.contains("story.txt.missing"))
        let bad = try BylineBinary.run(["--benchmark-exit", "never", input])
        #expect(bad.status == 64, "a value the parser refuses is still refused: \(bad.standardError)")
    }

    @Test func outDirNeverOverwritesAnInput() throws {
        let directory = try folder()
        let text = directory.appendingPathComponent("a.txt")
        let json = directory.appendingPathComponent("a.json")
        try Data(article.utf8).write(to: text)
        let original = Data("Notes kept as JSON-looking text. They must survive.\n".utf8)
        try original.write(to: json)
        let result = try BylineBinary.run(["analyze", "--out-dir", directory.path, text.path, json.path])
        #expect(result.status == 73)
        #expect(result.standardError.contains("one of the inputs"))
        #expect(try Data(contentsOf: json) == original, "the input is untouched")
        let left = try FileManager.default.contentsOfDirectory(atPath: directory.path).sorted()
        #expect(left == ["a-2.json", "a.json", "a.txt"], "the second input's analysis is still written; no temporary files")
    }

    @Test func outDirWritesWholeFilesWithTheUsualPermissions() throws {
        let directory = try folder()
        let input = try Fixtures.temporaryFile(Data(article.utf8), name: "story.txt")
        let out = directory.appendingPathComponent("deeper/out")
        let result = try BylineBinary.run(["analyze", "--out-dir", out.path, input])
        #expect(result.status == 0)
        #expect(try FileManager.default.contentsOfDirectory(atPath: out.path) == ["story.json"])
        let attributes = try FileManager.default.attributesOfItem(atPath: out.appendingPathComponent("story.json").path)
        let mode = try #require(attributes[.posixPermissions] as? Int)
        #expect(mode & 0o044 != 0 || mode == 0o600, "created as an ordinary file, not a private temporary one")
        #expect(mode & 0o400 != 0)
    }

    @Test func anOutDirThatCannotBeMadeSaysWhy() throws {
        let file = try Fixtures.temporaryFile(Data(article.utf8), name: "plain.txt")
        let underFile = try BylineBinary.run(["analyze", "--out-dir", file + "/sub", file])
        #expect(underFile.status == 73)
        #expect(underFile.standardError.contains("cannot write in \(file): it is a file, not a folder"))
        #expect(!underFile.standardError.contains("doesn’t exist") && !underFile.standardError.contains("doesn't exist"))
        let isFile = try BylineBinary.run(["analyze", "--out-dir", file, file])
        #expect(isFile.status == 73)
        #expect(isFile.standardError.contains("it is a file, not a folder"))
    }

    @Test func aFullDiskExits74WithAMessage() throws {
        let input = try Fixtures.temporaryFile(Data(article.utf8), name: "story.txt")
        let result = try BylineBinary.run(["analyze", input], outputPath: "/dev/full")
        #expect(result.status == 74)
        #expect(result.standardError.contains("cannot write standard output"))
        #expect(result.standardError.contains("No space left on device"))
        let reader = try BylineBinary.run([input], outputPath: "/dev/full")
        #expect(reader.status == 74, "the plain-text reader too")
    }

    @Test func jsonLinesAreNeverCutMidLine() throws {
        // Long articles give objects longer than an output buffer; the last input is one the analysis
        // has been known to crash on. Whatever happens to it, every line printed is whole.
        let long = (1...30).map { "Paragraph \($0): Mira Okafor told the harbour board that \"the ferry will run.\"" }
            .joined(separator: "\n\n")
        let a = try Fixtures.temporaryFile(Data(long.utf8), name: "a.txt")
        let b = try Fixtures.temporaryFile(Data(long.utf8), name: "b.txt")
        let last = try Fixtures.temporaryFile(Data("Mira Okafor backs the\n".utf8), name: "c.txt")
        let result = try BylineBinary.run(["analyze", a, b, last])
        let lines = result.standardOutput.split(separator: "\n", omittingEmptySubsequences: false).dropLast()
        #expect(lines.count >= 2)
        for line in lines {
            #expect((try? JSONSerialization.jsonObject(with: Data(line.utf8))) != nil, "a cut line: \(line.suffix(40))")
        }
        #expect(result.standardOutput.hasSuffix("\n"))
    }

    @Test func longJSONIsWrittenWholeInPieces() throws {
        // Far longer than one piece of output: the pieces join into one JSON document with one line break.
        let long = (1...3000).map { "Paragraph \($0): Mira Okafor told the harbour board that \"the ferry will run.\"" }
            .joined(separator: "\n\n")
        let input = try Fixtures.temporaryFile(Data(long.utf8), name: "long.txt")
        let result = try BylineBinary.run(["analyze", input])
        #expect(result.status == 0)
        #expect(result.standardOutput.utf8.count > 1 << 20)
        #expect(result.standardOutput.hasSuffix("}\n") && !result.standardOutput.hasSuffix("\n\n"))
        let object = try JSONSerialization.jsonObject(with: Data(result.standardOutput.utf8)) as? [String: Any]
        #expect((object?["quotes"] as? [Any])?.count == 3000)
    }

    @Test func aSymbolicLinkLoopIsCalledThat() throws {
        let directory = try folder()
        let a = directory.appendingPathComponent("a.txt").path
        let b = directory.appendingPathComponent("b.txt").path
        #expect(symlink(b, a) == 0 && symlink(a, b) == 0)
        let result = try BylineBinary.run(["analyze", a])
        #expect(result.status == 66)
        #expect(result.standardError.contains("symbolic links"))
        #expect(!result.standardError.contains("no such file"))
    }

    @Test func aFileNameThatIsNotUTF8IsOpened() throws {
        let directory = try folder()
        let output = directory.appendingPathComponent("out.json").path
        let script = "cd \(Fixtures.quoted(directory.path)) && printf '\(article)' > \"$(printf 'caf\\351.txt')\" "
            + "&& \(Fixtures.quoted(BylineBinary.url.path)) analyze \"$(printf 'caf\\351.txt')\""
        let status = try Spawn.run(["sh", "-c", script], outputPath: output)
        #expect(status == 0)
        let json = try String(contentsOfFile: output, encoding: .utf8)
        #expect(json.contains("\"schema\""))
    }

    @Test func messagesNeverCarryEscapeSequences() throws {
        let escape = "\u{1B}]0;pwned\u{7}"
        let missing = try BylineBinary.run(["analyze", "/nonexistent/\(escape).txt"])
        #expect(missing.status == 66)
        #expect(!missing.standardError.contains("\u{1B}"))
        #expect(missing.standardError.contains("␛]0;pwned␇"))
        let option = try BylineBinary.run(["--\(escape)"])
        #expect(option.status == 64)
        #expect(!option.standardError.contains("\u{1B}"))
        let directory = try folder()
        let theme = try ThemeFiles.write("[scopes]\ntext = \"\\u001b]0;pwned\\u0007\"\n", to: directory, name: "evil.toml")
        let themed = try BylineBinary.run(["--theme", theme], environment: colour)
        #expect(themed.status == 78)
        #expect(themed.standardError.contains("unknown colour"))
        #expect(!themed.standardError.contains("\u{1B}"))
    }

    @Test func anUnknownThemeFailsEvenWhenOutputIsPiped() throws {
        let result = try BylineBinary.run(["--theme", "nosuch"], environment: colour)
        #expect(result.status == 78)
        #expect(result.standardError.contains("no theme named \"nosuch\""))
        #expect(result.standardError.components(separatedBy: "nosuch").count == 2, "said once")
        #expect(!result.standardOutput.isEmpty, "the text is still printed, with the default theme's layout")
    }

    @Test func aFIFOGivenAsAThemeIsRefusedAtOnce() throws {
        let directory = try folder()
        let fifo = directory.appendingPathComponent("pipe.toml").path
        #expect(mkfifo(fifo, 0o600) == 0)
        let result = try BylineBinary.run(["--theme", fifo], environment: colour, timeout: 20)
        #expect(result.status == 78)
        #expect(result.standardError.contains("is not a regular file"))
    }
}

/// Theme files written for a test.
enum ThemeFiles {
    /// Writes `text` to `name` in `directory`; returns the file's path.
    static func write(_ text: String, to directory: URL, name: String) throws -> String {
        let url = directory.appendingPathComponent(name)
        try Data(text.utf8).write(to: url)
        return url.path
    }
}
