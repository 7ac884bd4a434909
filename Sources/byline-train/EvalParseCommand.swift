import ArgumentParser
import BylineCore
import BylineTraining
import Foundation

/// `byline-train eval-parse`: UPOS accuracy, UAS and LAS with gold tokenization.
struct EvalParseCommand: ParsableCommand {
    static let configuration = CommandConfiguration(
        commandName: "eval-parse",
        abstract: "Score the tagger and parser on gold-tokenized CoNLL-U (default: EWT dev and the held-out GUM documents).",
        discussion: "Punctuation is included; LAS compares the universal relation, as in the CoNLL 2018 shared task.")

    @OptionGroup var model: SyntaxModelOption
    @Option(help: "The corpora folder (with ud-english-ewt/ and gum/dep_conllu/).")
    var corpora: String?
    @Option(help: "A CoNLL-U file to score instead of the corpora's held-out parts.")
    var conllu: String?

    func run() throws {
        let syntax = try model.load()
        if let conllu {
            let sentences = try CoNLLU.read(try String(contentsOfFile: conllu, encoding: .utf8))
            print("\(conllu): \(ParseEvaluation.evaluate(syntax, on: sentences).summary)")
            return
        }
        guard let corpora else { throw ValidationError("give --corpora or --conllu") }
        let splits = try SyntaxCorpus.load(from: URL(fileURLWithPath: corpora), bylineTokens: false)
        print("EWT dev: \(ParseEvaluation.evaluate(syntax, on: splits.dev).summary)")
        if !splits.gumHeldOut.isEmpty {
            print("GUM held-out: \(ParseEvaluation.evaluate(syntax, on: splits.gumHeldOut).summary)")
        }
    }
}
