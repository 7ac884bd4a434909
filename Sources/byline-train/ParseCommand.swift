import ArgumentParser
import BylineCore
import BylineTraining
import Foundation

/// `byline-train parse`: tags and parses a CoNLL-U file's words, keeping its tokenization.
struct ParseCommand: ParsableCommand {
    static let configuration = CommandConfiguration(
        commandName: "parse",
        abstract: "Write CoNLL-U with predicted UPOS, HEAD and DEPREL for a CoNLL-U file's words.",
        discussion: "The input's tokenization and sentences are kept; its tags and trees are ignored. LEMMA, XPOS, "
            + "FEATS and DEPS are written as _; empty nodes (N.1 lines) are dropped.")

    @OptionGroup var model: SyntaxModelOption
    @Option(help: "The CoNLL-U file to parse (- for standard input).")
    var conllu: String
    @Option(help: "Where to write the result (default: standard output).")
    var out: String?

    func run() throws {
        let syntax = try model.load()
        let text: String
        if conllu == "-" {
            text = String(decoding: FileHandle.standardInput.readDataToEndOfFile(), as: UTF8.self)
        } else {
            guard let contents = try? String(contentsOfFile: conllu, encoding: .utf8) else {
                throw ValidationError("cannot read \(conllu) as UTF-8 text")
            }
            text = contents
        }
        let sentences: [CoNLLUSentence]
        do {
            sentences = try CoNLLU.read(text)
        } catch let error as CoNLLUError {
            throw ValidationError("\(conllu): \(error)")
        }
        let parsed = sentences.map { $0.replacingSyntax(syntax.annotate(words: $0.words.map(\.form))) }
        let output = CoNLLU.write(parsed)
        if let out {
            try output.write(toFile: out, atomically: true, encoding: .utf8)
        } else {
            FileHandle.standardOutput.write(Data(output.utf8))
        }
    }
}
