import ArgumentParser
import BylineCore
import BylineTerminal
import BylineThemes
import BylineUI
import Foundation

/// `byline [FILE]`: the interactive reader (the default command).
struct ReadCommand: ParsableCommand {
    static let configuration = CommandConfiguration(
        commandName: "read",
        abstract: "Read an article in the terminal (the default command)."
    )

    @Argument(help: "The article: a text file, or - for standard input. Without one, the built-in sample.")
    var file: String?

    @Option(help: "A theme name (see --list-themes) or the path of a theme file.")
    var theme: String?

    @Flag(name: .customLong("no-color"), help: "No colours: the monochrome theme, attributes only.")
    var noColor = false

    @Flag(name: .customLong("list-themes"), help: "List the themes Byline can find, and exit.")
    var listThemes = false

    @Option(name: .customLong("benchmark-exit"),
            help: ArgumentHelp("Exit after the first (text) or the analyzed frame: for startup benchmarks.",
                               visibility: .hidden))
    var benchmarkExit: ReaderSession.BenchmarkExit?

    func run() throws {
        let environment = ProcessInfo.processInfo.environment
        let catalog = ThemeCatalog(bundledDirectory: BundledThemes.directory,
                                   userDirectory: ThemeCatalog.userDirectory(environment: environment))
        if listThemes {
            for listing in catalog.listings() { print(listing.description) }
            return
        }
        let input = try readArticle()
        input.warnings.forEach(printError)
        guard isatty(STDOUT_FILENO) == 1 else {
            let analysis = Analyzer.analyze(text: input.text, source: input.source, models: try ModelLoading.load())
            let width = environment["COLUMNS"].flatMap(Int.init).flatMap { $0 > 0 ? $0 : nil } ?? 80
            for line in PlainTextPrinter.lines(analysis, width: width) { print(line) }
            return
        }
        let (chosen, themeProblem) = loadTheme(catalog: catalog, environment: environment)
        // Said again after the reader closes: while it is open, the terminal shows only the reader.
        themeProblem.map(printError)
        defer { themeProblem.map(printError) }
        var modelProblem: String?
        defer { modelProblem.map(printError) }
        let analyze = { (article: Article) -> Analysis in
            do {
                return Analyzer.analyze(article, source: input.source, models: try AnalysisModels.bundled())
            } catch {
                modelProblem = "byline: cannot load the analysis models (\(error)); showing the text only"
                return Analysis(source: input.source, article: article)
            }
        }
        do {
            let status = try ReaderSession.run(article: Article.parse(input.text), source: input.source,
                                               analyze: analyze, theme: chosen, keyboardFromTTY: input.source == "-",
                                               environment: environment, benchmarkExit: benchmarkExit)
            if status != 0 { throw ExitCode(status) }
        } catch let error as TerminalError {
            printError("byline: \(error.description)")
            throw ExitCode(1)
        }
    }

    /// The article named on the command line, or the sample; a failure is reported and becomes the exit code.
    private func readArticle() throws -> ArticleInput {
        do throws(InputFailure) {
            if let file { return try ArticleInput.read(file) }
            return try ArticleInput.sample()
        } catch {
            printError(error.message)
            throw ExitCode(error.code)
        }
    }

    /// The theme the flags and environment ask for; on an error, the default theme and the message saying why.
    private func loadTheme(catalog: ThemeCatalog, environment: [String: String]) -> (Theme, String?) {
        let name = ThemeChoice.resolve(requested: theme, noColorFlag: noColor, environment: environment)
        do {
            return (try catalog.load(name), nil)
        } catch {
            let fallback = (try? catalog.load(ThemeChoice.standard)) ?? Theme.builtinFallback
            return (fallback, "byline: \(error.description); using the default theme")
        }
    }
}

extension ReaderSession.BenchmarkExit: ExpressibleByArgument {}
