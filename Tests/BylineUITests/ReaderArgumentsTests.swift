import BylineUI
import Testing

@Suite struct ReaderArgumentsTests {
    private let commands: Set<String> = ["read", "analyze", "help"]

    private func read(_ arguments: [String]) -> ReaderArguments? {
        ReaderArguments(arguments, commandNames: commands)
    }

    @Test func plainFilesAndTheReadersFlagsAreRead() {
        #expect(read([]) == ReaderArguments())
        var expected = ReaderArguments()
        expected.files = ["notes/a.txt", "-", "b.html"]
        #expect(read(["notes/a.txt", "-", "b.html"]) == expected)
        expected.noColor = true
        expected.noMouse = true
        expected.benchmarkExit = "first"
        #expect(read(["--no-mouse", "notes/a.txt", "--benchmark-exit", "first", "-", "--no-color", "b.html"]) == expected)
    }

    @Test func anythingElseIsLeftToTheGeneralParser() {
        for arguments in [
            ["--theme", "light", "a.txt"], ["--theme=light"], ["-h"], ["--version"], ["--", "a.txt"],
            ["a.txt", "--format", "html"], ["-x"], ["--no-color", "--no-color"], ["--benchmark-exit"],
            ["--benchmark-exit", "--no-color"], ["--benchmark-exit", "first", "--benchmark-exit", "first"],
            ["read", "a.txt"], ["a.txt", "analyze"], ["help"], [""], ["--no-color=true"],
        ] {
            #expect(read(arguments) == nil, "\(arguments)")
        }
    }
}
