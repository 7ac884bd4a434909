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

    /// EX_CONFIG: the theme asked for could not be loaded (the default theme was used).
    static let themeFailure: Int32 = 78
    /// The terminal cannot host the reader (TERM unset or unknown, no terminal to read keys from).
    static let terminalFailure: Int32 = 1

    @Argument(help: ArgumentHelp("The articles: text, HTML or Markdown files, folders of them, or - for standard input. Without one, the built-in sample.",
                                 valueName: "file"), completion: .file())
    var files: [String] = []

    @Option(help: "The article's format: text, html or markdown (default: detected from the content and the file extension).")
    var format: ArticleFormat?

    @Option(help: "A theme name (see --list-themes) or the path of a theme file.",
            completion: .custom { _, _, prefix in ReadCommand.themeNames().filter { $0.hasPrefix(prefix) } })
    var theme: String?

    @Flag(name: .customLong("no-color"), help: "No colours: the monochrome theme, attributes only.")
    var noColor = false

    @Flag(name: .customLong("no-mouse"),
          help: "Leave the mouse to the terminal (its own text selection) instead of scrolling and clicking.")
    var noMouse = false

    @Flag(name: .customLong("list-themes"), help: "List the themes Byline can find, and exit.")
    var listThemes = false

    @Option(name: .customLong("benchmark-exit"),
            help: ArgumentHelp("Exit after the first (text) or the analyzed frame: for startup benchmarks.",
                               visibility: .hidden))
    var benchmarkExit: ReaderSession.BenchmarkExit?

    @Flag(name: .customLong("test-crash"),
          help: ArgumentHelp("Trap right after the first frame: for testing that a crash restores the terminal.",
                             visibility: .private))
    var testCrash = false

    func run() throws {
        let environment = ProcessInfo.processInfo.environment
        let catalog = ThemeCatalog(bundledDirectory: BundledThemes.directory,
                                   userDirectory: ThemeCatalog.userDirectory(environment: environment))
        if listThemes {
            try writeOut(catalog.listings().map { $0.description + "\n" }.joined())
            return
        }
        let inputs = try readArticles()
        inputs.flatMap(\.warnings).forEach(printError)
        let (config, configProblems) = ReaderConfig.path(environment: environment).map(ReaderConfig.load(path:))
            ?? (ReaderConfig(), [])
        let (chosen, chosenProblem) = loadTheme(catalog: catalog, environment: environment, configured: config.theme)
        let problems = configProblems.map(\.description) + (chosenProblem.map { [$0] } ?? [])
        // A problem with the config file or the theme is said in the status line and on exit, once.
        let themeProblem = problems.isEmpty ? nil : problems.joined(separator: "; ")
        guard isatty(STDOUT_FILENO) == 1 else {
            try printPlain(inputs, environment: environment, themeProblem: themeProblem, wrapLimit: config.wrapWidth)
            return
        }
        let outcome: ReaderSession.Outcome
        let models = ModelCache()
        do {
            outcome = try ReaderSession.run(articles: inputs.map { (Article.textOnly($0.article), $0.source) },
                                            analyze: { Self.analyze($0, models: models) }, theme: chosen,
                                            keymap: .reader(with: config), mouse: !noMouse && config.mouse != false,
                                            wrapLimit: config.wrapWidth, panes: config.panes ?? Pane.allCases,
                                            errorMessage: themeProblem, environment: environment,
                                            benchmarkExit: benchmarkExit, crashForTesting: testCrash)
        } catch .cannotDraw(let term) {
            printError("byline: " + TerminalError.cannotDraw(term).description)
            try printPlain(inputs, environment: environment, themeProblem: themeProblem, wrapLimit: config.wrapWidth)
            return
        } catch {
            themeProblem.map { printError("byline: " + $0) }
            printError("byline: \(error.description)")
            throw ExitCode(Self.terminalFailure)
        }
        outcome.errors.forEach { printError("byline: " + $0) }
        if outcome.status != 0 {
            if outcome.status == ReaderSession.lostTerminal { printError("byline: lost the terminal") }
            throw ExitCode(outcome.status)
        }
        if themeProblem != nil { throw ExitCode(Self.themeFailure) }
        if !outcome.errors.isEmpty { throw ExitCode(ModelLoading.brokenInstallation) }
    }

    /// The reader's analysis job: load the models, parse and analyse; a model that will not load leaves
    /// the text alone on screen with the reason.
    @Sendable private static func analyze(_ job: AnalysisJob, models: ModelCache) -> AnalysisOutcome {
        do {
            return .analysed(Analyzer.analyze(job.article.parsed(), source: job.source, models: try models.models()))
        } catch {
            return .failed("cannot load the analysis models (\(error)); showing the text only")
        }
    }

    /// The articles wrapped as plain text on standard output, for when it is not a terminal the reader
    /// can draw on (width from COLUMNS, else the terminal's, else 80), each after a "==> source <==" line
    /// when there are several; then the theme's problem, if any.
    private func printPlain(_ inputs: [ArticleInput], environment: [String: String], themeProblem: String?,
                            wrapLimit: Int?) throws {
        let width = min(environment["COLUMNS"].flatMap(Int.init).flatMap { $0 > 0 ? $0 : nil }
            ?? Self.terminalColumns() ?? 80, wrapLimit ?? .max)
        var lines: [String] = []
        for (index, input) in inputs.enumerated() {
            if inputs.count > 1 {
                lines += (index > 0 ? [""] : []) + ["==> " + TextSanitizer.sanitized(input.source) + " <=="]
            }
            lines += PlainTextPrinter.lines(Article.textOnly(input.article), width: width)
        }
        var chunk = ""
        for line in lines {
            chunk += line
            chunk += "\n"
            if chunk.utf8.count >= 1 << 16 {
                try writeOut(chunk)
                chunk = ""
            }
        }
        try writeOut(chunk)
        if let themeProblem {
            printError("byline: " + themeProblem)
            throw ExitCode(Self.themeFailure)
        }
    }

    /// The width of the terminal standard output goes to, if it is one.
    private static func terminalColumns() -> Int? {
        var size = winsize()
        guard ioctl(STDOUT_FILENO, UInt(TIOCGWINSZ), &size) == 0, size.ws_col > 0 else { return nil }
        return Int(size.ws_col)
    }

    /// Writes to standard output; a failed write is reported and becomes EX_IOERR.
    private func writeOut(_ text: String) throws {
        do throws(OutputFailure) {
            try StandardOutput.write(text)
        } catch {
            printError(error.message)
            throw ExitCode(OutputFailure.code)
        }
    }

    /// The articles the command line names (folders expanded), or the sample; a failure is reported and
    /// becomes the exit code.
    private func readArticles() throws -> [ArticleInput] {
        do throws(InputFailure) {
            if files.isEmpty { return [try ArticleInput.sample()] }
            return try ArticleSources.expand(files).map { path throws(InputFailure) in try ArticleInput.read(path, format: format) }
        } catch {
            printError(error.message)
            throw ExitCode(error.code)
        }
    }

    /// The theme the flags, the config file (`configured`) and the environment ask for; on an error, the
    /// default theme and the message saying why.
    private func loadTheme(catalog: ThemeCatalog, environment: [String: String], configured: String?) -> (Theme, String?) {
        let name = ThemeChoice.resolve(requested: theme ?? configured, noColorFlag: noColor, environment: environment)
        do {
            return (try catalog.load(name), nil)
        } catch {
            let fallback = (try? catalog.load(ThemeChoice.standard)) ?? Theme.builtinFallback
            return (fallback, "\(error.description); using the default theme")
        }
    }
}

extension ReadCommand {
    /// The names of the themes Byline finds, for shell completion.
    @Sendable static func themeNames() -> [String] {
        ThemeCatalog.standard(environment: ProcessInfo.processInfo.environment).listings().map(\.name)
    }
}

extension ReadCommand {
    /// The reader as `ReaderArguments` reads a plain command line, or nil when the general parser must
    /// read `arguments` (they are not plain, or `--benchmark-exit` has a value it would refuse).
    ///
    /// A static function, not an initializer: inside an initializer the compiler may turn these
    /// assignments into new property-wrapper definitions, which then trap when read.
    static func plain(_ arguments: [String], commandNames: Set<String>) -> ReadCommand? {
        guard let plain = ReaderArguments(arguments, commandNames: commandNames) else { return nil }
        let benchmarkExit = plain.benchmarkExit.map(ReaderSession.BenchmarkExit.init(rawValue:))
        if case .some(.none) = benchmarkExit { return nil }
        var command = ReadCommand()
        command.files = plain.files
        command.format = nil
        command.theme = nil
        command.noColor = plain.noColor
        command.noMouse = plain.noMouse
        command.listThemes = false
        command.benchmarkExit = benchmarkExit ?? nil
        command.testCrash = false
        return command
    }
}

extension ReaderSession.BenchmarkExit: ExpressibleByArgument {}
