import Foundation
import Testing

/// `byline analyze` and the non-terminal paths of the real binary: JSON, exit codes and messages.
@Suite struct AnalyzeEndToEndTests {
    private func json(_ text: String) throws -> [String: Any] {
        let object = try JSONSerialization.jsonObject(with: Data(text.utf8))
        return try #require(object as? [String: Any])
    }

    @Test func theSampleGivesTwentyOneParagraphsAndSentencesThatMatchTheText() throws {
        let path = Fixtures.packageRoot.appendingPathComponent("Sources/BylineCore/Resources/sample.txt").path
        let result = try BylineBinary.run(["analyze", path])
        #expect(result.status == 0)
        let analysis = try json(result.standardOutput)
        #expect(analysis["schema"] as? String == "byline.analysis/1")
        #expect(analysis["source"] as? String == path)
        let paragraphs = try #require(analysis["paragraphs"] as? [[String: Int]])
        #expect(paragraphs.count == 21)
        let scalars = Array(Fixtures.sampleText.unicodeScalars)
        #expect(analysis["text_length"] as? Int == scalars.count)
        let sentences = try #require(analysis["sentences"] as? [[String: Int]])
        #expect(sentences.count > paragraphs.count)
        var previousEnd = 0
        for sentence in sentences {
            let start = try #require(sentence["start"]), end = try #require(sentence["end"])
            #expect(start >= previousEnd && start < end && end <= scalars.count)
            previousEnd = end
            var text = String.UnicodeScalarView()
            text.append(contentsOf: scalars[start..<end])
            let sentenceText = String(text)
            #expect(sentenceText == sentenceText.trimmingCharacters(in: .whitespacesAndNewlines))
            #expect(!sentenceText.contains("\n"), "a sentence stays inside its paragraph")
        }
        for key in ["entities", "quotes", "relations"] {
            #expect(analysis[key] is [Any], "\(key) is an array")
        }
    }

    @Test func severalFilesGiveJSONLinesWithTheirSources() throws {
        let a = try Fixtures.temporaryFile(Data("First article. It is short.\n".utf8), name: "a.txt")
        let b = try Fixtures.temporaryFile(Data("Second article.\n".utf8), name: "b.txt")
        let result = try BylineBinary.run(["analyze", a, b])
        #expect(result.status == 0)
        let lines = result.standardOutput.split(separator: "\n").map(String.init)
        #expect(lines.count == 2)
        #expect(try json(lines[0])["source"] as? String == a)
        #expect(try json(lines[1])["source"] as? String == b)
    }

    @Test func parallelJobsKeepTheInputOrderAndReportFailuresInPlace() throws {
        let lengths = [40, 3, 25, 1, 60, 8, 2, 30, 12, 5, 45, 7]
        var files = try lengths.enumerated().map { index, sentences in
            try Fixtures.temporaryFile(Data(String(repeating: "Article \(index) says Ann Vale met Bo Reyes. ", count: sentences).utf8),
                                       name: "story\(index).txt")
        }
        files.insert("/nonexistent/missing.txt", at: 5)
        let oneJob = try BylineBinary.run(["analyze", "--jobs", "1"] + files)
        let threeJobs = try BylineBinary.run(["analyze", "--jobs", "3"] + files)
        #expect(oneJob.status == 66)
        #expect(threeJobs.status == 66)
        #expect(threeJobs.standardOutput == oneJob.standardOutput)
        #expect(threeJobs.standardError == oneJob.standardError)
        let sources = try threeJobs.standardOutput.split(separator: "\n").map { try json(String($0))["source"] as? String }
        #expect(sources == files.filter { !$0.hasPrefix("/nonexistent") })
        #expect(try BylineBinary.run(["analyze", "--jobs", "0", files[0]]).status == 64)
    }

    @Test func standardInputIsReadForADash() throws {
        let result = try BylineBinary.run(["analyze", "-"], input: Data("From a pipe. Two sentences.\n".utf8))
        #expect(result.status == 0)
        let analysis = try json(result.standardOutput)
        #expect(analysis["source"] as? String == "-")
        #expect((analysis["sentences"] as? [Any])?.count == 2)
    }

    @Test func outDirWritesOneFilePerInput() throws {
        let a = try Fixtures.temporaryFile(Data("One.\n".utf8), name: "story.txt")
        let b = try Fixtures.temporaryFile(Data("Two.\n".utf8), name: "story.txt")
        let directory = FileManager.default.temporaryDirectory.appendingPathComponent("byline-out-\(UUID().uuidString)")
        let result = try BylineBinary.run(["analyze", "--out-dir", directory.path, a, b])
        #expect(result.status == 0)
        #expect(result.standardOutput.isEmpty)
        let written = try FileManager.default.contentsOfDirectory(atPath: directory.path).sorted()
        #expect(written == ["story-2.json", "story.json"])
        let first = try String(contentsOf: directory.appendingPathComponent("story.json"), encoding: .utf8)
        #expect(try json(first)["source"] as? String == a)
    }

    @Test func aMissingFileExits66NamingIt() throws {
        let result = try BylineBinary.run(["analyze", "/nonexistent/article.txt"])
        #expect(result.status == 66)
        #expect(result.standardError.contains("/nonexistent/article.txt"))
        #expect(result.standardError.contains("no such file"))
    }

    @Test func aDirectoryExits66() throws {
        let result = try BylineBinary.run(["analyze", FileManager.default.temporaryDirectory.path])
        #expect(result.status == 66)
        #expect(result.standardError.contains("directory"))
    }

    @Test func aBinaryFileExits65() throws {
        var bytes = Data([0x7F, 0x45, 0x4C, 0x46, 0, 0, 0, 1])
        bytes.append(contentsOf: (0..<4096).map { UInt8(truncatingIfNeeded: $0 &* 31) })
        let path = try Fixtures.temporaryFile(bytes, name: "program.bin")
        let result = try BylineBinary.run(["analyze", path])
        #expect(result.status == 65)
        #expect(result.standardError.contains("program.bin"))
        #expect(result.standardError.contains("binary"))
    }

    @Test func anEmptyFileExits65() throws {
        let path = try Fixtures.temporaryFile(Data(), name: "empty.txt")
        let result = try BylineBinary.run(["analyze", path])
        #expect(result.status == 65)
        #expect(result.standardError.contains("empty.txt"))
        #expect(result.standardError.contains("empty"))
    }

    @Test func invalidUTF8IsReplacedAndReportedOnce() throws {
        var bytes = Data("Caf".utf8)
        bytes.append(contentsOf: [0xE9, 0x20])
        bytes.append(contentsOf: Data("au lait \u{201C}ok\u{201D}.".utf8))
        bytes.append(contentsOf: [0xFF, 0x0A])
        let path = try Fixtures.temporaryFile(bytes, name: "latin1.txt")
        let result = try BylineBinary.run(["analyze", path])
        #expect(result.status == 0)
        #expect(result.standardError.components(separatedBy: "warning").count == 2, "one warning")
        #expect(result.standardError.contains("2 invalid UTF-8 sequences"))
        let analysis = try json(result.standardOutput)
        #expect(analysis["text_length"] as? Int == Array("Caf\u{FFFD} au lait \u{201C}ok\u{201D}.\u{FFFD}\n".unicodeScalars).count)
    }

    @Test func badUsageExits64() throws {
        #expect(try BylineBinary.run(["analyze"]).status == 64)
        #expect(try BylineBinary.run(["--no-such-flag"]).status == 64)
        #expect(try BylineBinary.run(["analyze", "-", "-"]).status == 64)
    }

    @Test func theReaderPrintsWrappedTextWhenOutputIsNotATerminal() throws {
        let result = try BylineBinary.run([], environment: ["COLUMNS": "40"])
        #expect(result.status == 0)
        let lines = result.standardOutput.split(separator: "\n", omittingEmptySubsequences: false)
        #expect(lines.first?.hasPrefix(Fixtures.sampleOpening(words: 3)) == true)
        #expect(lines.allSatisfy { $0.count <= 40 })
        #expect(lines.count > 21 * 2)
    }

    @Test func themesAreListed() throws {
        let result = try BylineBinary.run(["--list-themes"])
        #expect(result.status == 0)
        for name in ["default", "light", "high-contrast", "monochrome"] {
            #expect(result.standardOutput.contains(name))
        }
    }
}
