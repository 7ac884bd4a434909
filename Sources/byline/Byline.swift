import ArgumentParser
import Foundation

/// `byline`: read an article in the terminal, or print its analysis as JSON.
@main
struct Byline: ParsableCommand {
    static let configuration = CommandConfiguration(
        commandName: "byline",
        abstract: "Read news articles in the terminal, with their people, quotes and relations.",
        discussion: """
            With no file, opens the built-in sample article. `-` reads the article from standard input.
            Exit codes: 0 done; 1 no terminal the reader can use (TERM unset or unknown, no terminal to \
            read keys from); 64 bad usage; 65 input is not text; 66 input missing or unreadable; 70 the \
            installation is missing its models; 73 an --out-dir file cannot be written; 74 standard output \
            cannot be written (or the terminal went away); 78 the config file or the theme asked for cannot be used (the \
            default was).
            """,
        version: BylineVersion.current,
        subcommands: [ReadCommand.self, AnalyzeCommand.self, QuotesCommand.self],
        defaultSubcommand: ReadCommand.self
    )

    /// Parses and runs as ArgumentParser would, but with every error message sanitized on its way to
    /// standard error: they quote the arguments, which may hold escape sequences.
    static func main() {
        let arguments = Array(CommandLine.arguments.dropFirst())
        if arguments == ["--help"] || arguments == ["-h"] {
            // The reader is the default command: its options are the ones `byline --help` should show.
            try? StandardOutput.write(helpMessage() + "\n\nREADING (the default command, byline read):\n\n"
                                      + ReadCommand.helpMessage() + "\n")
            return
        }
        do {
            // The plain `byline [FILE...]` skips the general parser (see `ReaderArguments`).
            if var reader = ReadCommand.plain(arguments, commandNames: commandNames) {
                try reader.run()
                return
            }
            var command = try parseAsRoot()
            try command.run()
        } catch {
            let code = exitCode(for: error)
            let message = fullMessage(for: error)
            if code == .success {
                if !message.isEmpty { try? StandardOutput.write(message + "\n") }
            } else if !message.isEmpty {
                printError(message)
            }
            Foundation.exit(code.rawValue)
        }
    }

    /// The words that choose a command other than the default one, `help` included.
    private static var commandNames: Set<String> {
        Set(configuration.subcommands.map { $0._commandName } + ["help"])
    }
}
