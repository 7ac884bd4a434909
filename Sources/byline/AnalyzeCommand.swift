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
            `source`. `-` reads standard input. With --out-dir, each input's analysis is written to \
            DIR/<name>.json instead.
            """
    )

    @Argument(help: "Article files, or - for standard input.")
    var files: [String]

    @Option(name: .customLong("out-dir"), help: "Write DIR/<name>.json for each input instead of printing.")
    var outDirectory: String?

    @Flag(help: "Add each sentence's tokens with their part of speech, head and dependency relation.")
    var syntax = false

    func validate() throws {
        if files.isEmpty { throw ValidationError("give at least one article file (or - for standard input)") }
        if files.filter({ $0 == "-" }).count > 1 { throw ValidationError("standard input (-) can be read only once") }
    }

    func run() throws {
        let models = try ModelLoading.load()
        var failure: Int32?
        var writtenNames = Set<String>()
        for file in files {
            do {
                let input = try ArticleInput.read(file)
                input.warnings.forEach(printError)
                let analysis = Analyzer.analyze(text: input.text, source: input.source, models: models)
                if let outDirectory {
                    let name = Self.uniqueName(for: file, taken: &writtenNames)
                    try write(AnalysisJSON.encode(analysis, pretty: true, includeText: false, includeSyntax: syntax),
                              to: outDirectory, name: name)
                } else {
                    print(AnalysisJSON.encode(analysis, pretty: files.count == 1, includeText: false, includeSyntax: syntax))
                }
            } catch let error as InputFailure {
                printError(error.message)
                failure = failure ?? error.code
            }
        }
        if let failure { throw ExitCode(failure) }
    }

    private func write(_ json: String, to directory: String, name: String) throws {
        let url = URL(fileURLWithPath: directory).appendingPathComponent(name)
        do {
            try FileManager.default.createDirectory(atPath: directory, withIntermediateDirectories: true)
            try Data((json + "\n").utf8).write(to: url)
        } catch {
            throw InputFailure(code: 73, source: url.path, reason: "cannot be written (\(error.localizedDescription))")
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
