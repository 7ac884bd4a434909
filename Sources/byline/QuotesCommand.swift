import ArgumentParser
import BylineCore
import BylineUI
import Foundation

/// `byline quotes FILE...`: who said what, the reader's quote list for scripts and notes.
struct QuotesCommand: ParsableCommand {
    static let configuration = CommandConfiguration(
        commandName: "quotes",
        abstract: "Print who said what in articles: speaker, cue and quote.",
        discussion: """
            The direct quotes (in quotation marks) in text order, as the reader's quote pane lists them, \
            each with its speaker ("unattributed" for none) and how it was said. Several files add a source \
            column. `-` reads standard input.
            """
    )

    /// How the quotes are printed.
    enum Format: String, ExpressibleByArgument, CaseIterable {
        case table, json, tsv, markdown
    }

    @Argument(help: "Article files (text, HTML or Markdown), or - for standard input.")
    var files: [String]

    @Option(help: "table (aligned columns), json, tsv or markdown.")
    var format: Format = .table

    func validate() throws {
        if files.isEmpty { throw ValidationError("give at least one article file (or - for standard input)") }
        if files.filter({ $0 == "-" }).count > 1 { throw ValidationError("standard input (-) can be read only once") }
    }

    func run() throws {
        let models = try ModelLoading.load()
        var rows: [QuoteRow] = []
        for file in files {
            let input: ArticleInput
            do throws(InputFailure) {
                input = try ArticleInput.read(file)
            } catch {
                printError(error.message)
                throw ExitCode(error.code)
            }
            input.warnings.forEach(printError)
            let analysis = Analyzer.analyze(Article.parse(input.article), source: input.source, models: models)
            rows += QuoteRow.rows(of: analysis)
        }
        let text = QuoteRow.render(rows, as: format, withSource: files.count > 1)
        do throws(OutputFailure) {
            try StandardOutput.write(text)
        } catch {
            printError(error.message)
            throw ExitCode(OutputFailure.code)
        }
    }
}

/// One quote as `byline quotes` prints it.
struct QuoteRow: Encodable, Equatable {
    var source: String
    var speaker: String
    var cue: String
    var quote: String
    /// The quote's scalar offsets in the article's text, end exclusive.
    var start: Int
    var end: Int

    /// The direct quotes of `analysis` in text order, named as the reader's quote list names them.
    static func rows(of analysis: Analysis) -> [QuoteRow] {
        let list = QuoteList(analysis: analysis)
        return list.quotes.indices.map { index in
            QuoteRow(source: analysis.source, speaker: list.speakerName(of: index) ?? QuoteList.unattributed,
                     cue: list.cueText(of: index), quote: list.text(of: index),
                     start: list.quotes[index].range.start, end: list.quotes[index].range.end)
        }
    }

    /// The rows printed in `format`, with a source column when `withSource`.
    static func render(_ rows: [QuoteRow], as format: QuotesCommand.Format, withSource: Bool) -> String {
        let header = (withSource ? ["source"] : []) + ["speaker", "cue", "quote"]
        let cells = rows.map { row in
            ((withSource ? [row.source] : []) + [row.speaker, row.cue, row.quote]).map(TextSanitizer.sanitized)
        }
        switch format {
        case .json:
            let encoder = JSONEncoder()
            encoder.outputFormatting = [.prettyPrinted, .sortedKeys, .withoutEscapingSlashes]
            let data = (try? encoder.encode(rows)) ?? Data("[]".utf8)
            return String(decoding: data, as: UTF8.self) + "\n"
        case .tsv:
            return ([header] + cells).map { line in
                line.map { $0.replacingOccurrences(of: "\t", with: " ") }.joined(separator: "\t")
            }.joined(separator: "\n") + "\n"
        case .markdown:
            let escaped = cells.map { line in line.map { $0.replacingOccurrences(of: "|", with: "\\|") } }
            let lines = [header, header.map { _ in "---" }] + escaped
            return lines.map { "| " + $0.joined(separator: " | ") + " |" }.joined(separator: "\n") + "\n"
        case .table:
            let all = [header.map { $0.uppercased() }] + cells
            let widths = header.indices.dropLast().map { column in all.map { DisplayWidth.of($0[column]) }.max() ?? 0 }
            return all.map { line in
                line.enumerated().map { column, cell in
                    column < widths.count ? cell + String(repeating: " ", count: widths[column] - DisplayWidth.of(cell)) : cell
                }.joined(separator: "  ")
            }.joined(separator: "\n") + "\n"
        }
    }
}
