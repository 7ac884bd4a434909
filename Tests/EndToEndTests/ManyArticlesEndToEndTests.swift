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
}
