import ArgumentParser

/// `byline`: read an article in the terminal, or print its analysis as JSON.
@main
struct Byline: ParsableCommand {
    static let configuration = CommandConfiguration(
        commandName: "byline",
        abstract: "Read news articles in the terminal, with their people, quotes and relations.",
        discussion: """
            With no file, opens the built-in sample article. `-` reads the article from standard input.
            Exit codes: 0 done; 64 bad usage; 65 input is not text; 66 input missing or unreadable.
            """,
        subcommands: [ReadCommand.self, AnalyzeCommand.self],
        defaultSubcommand: ReadCommand.self
    )
}
