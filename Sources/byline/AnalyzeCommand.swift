import ArgumentParser
import BylineCore
import Foundation

/// `byline analyze FILE...`: the analysis as `byline.analysis/1` JSON.
struct AnalyzeCommand: ParsableCommand {
    static let configuration = CommandConfiguration(
        commandName: "analyze",
        abstract: "Print the analysis of articles as byline.analysis/1 JSON.",
        discussion: """
            One file prints one JSON object; several print JSON Lines, one object a line, each with its \
            `source`, each line written whole. `-` reads standard input. With --out-dir, each input's \
            analysis is written to DIR/<name>.json instead (through a temporary file renamed into place; \
            an input is never overwritten). Files are analysed --jobs at a time; the output keeps the order \
            of the inputs.
            """
    )

    @Argument(help: "Article files, or - for standard input.")
    var files: [String]

    @Option(name: .customLong("out-dir"), help: "Write DIR/<name>.json for each input instead of printing.")
    var outDirectory: String?

    @Flag(help: "Add each sentence's tokens with their part of speech, head and dependency relation.")
    var syntax = false

    @Flag(name: [.customLong("text"), .customLong("include-text")],
          help: "Add the article's text as read (extracted from HTML or Markdown) as \"text\": the text the offsets index.")
    var includeText = false

    @Option(help: "The input's format: text, html or markdown (default: detected from the content and the file extension).")
    var format: ArticleFormat?

    @Option(name: .customLong("jobs"), help: "Analyse this many files at once (default: the number of cores).")
    var jobs: Int = ProcessInfo.processInfo.activeProcessorCount

    func validate() throws {
        if files.isEmpty { throw ValidationError("give at least one article file (or - for standard input)") }
        if files.filter({ $0 == "-" }).count > 1 { throw ValidationError("standard input (-) can be read only once") }
        if jobs < 1 { throw ValidationError("--jobs must be at least 1") }
    }

    func run() throws {
        let models = try ModelLoading.load()
        let folder = try outDirectory.map { path in
            try reporting(OutputFolder.failureCode) { () throws(OutputFailure) in try OutputFolder(path: path, inputs: files) }
        }
        var failure: Int32?
        var writtenNames = Set<String>()
        let inputs = files, pretty = folder != nil || files.count == 1, syntax = self.syntax
        let includeText = self.includeText, format = self.format
        try OrderedParallelWork.run(count: inputs.count, jobs: jobs) { index in
            AnalyzedInput(file: inputs[index], format: format, models: models, pretty: pretty, syntax: syntax,
                          includeText: includeText)
        } emit: { index, analyzed in
            analyzed.warnings.forEach(printError)
            do {
                let analysis = try analyzed.analysis.get()
                if let folder {
                    try folder.write(name: Self.uniqueName(for: inputs[index], taken: &writtenNames)) { (write) throws(OutputFailure) in
                        try analyzed.writeJSON(analysis, write)
                    }
                } else {
                    try reporting(OutputFailure.code) { () throws(OutputFailure) in
                        try analyzed.writeJSON(analysis) { (piece) throws(OutputFailure) in try StandardOutput.write(piece) }
                    }
                }
            } catch let error as InputFailure {
                printError(error.message)
                failure = failure ?? error.code
            } catch let error as OutputFailure {
                printError(error.message)
                failure = failure ?? OutputFolder.failureCode
            }
        }
        if let failure { throw ExitCode(failure) }
    }

    /// Runs `body`; a failure to write is reported and ends the command with `code`.
    private func reporting<T>(_ code: Int32, _ body: () throws(OutputFailure) -> T) throws -> T {
        do {
            return try body()
        } catch {
            printError(error.message)
            throw ExitCode(code)
        }
    }

    /// `DIR/<input name without extension>.json`, numbered when two inputs share a name.
    static func uniqueName(for file: String, taken: inout Set<String>) -> String {
        let stem = file == "-" ? "stdin" : URL(fileURLWithPath: file).deletingPathExtension().lastPathComponent
        var name = stem + ".json"
        var counter = 2
        while taken.contains(name) {
            name = "\(stem)-\(counter).json"
            counter += 1
        }
        taken.insert(name)
        return name
    }
}

extension ArticleFormat: ExpressibleByArgument {}
