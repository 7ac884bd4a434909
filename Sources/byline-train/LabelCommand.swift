import ArgumentParser
import BylineCore
import Foundation

/// `byline-train label`: shows what a model makes of sentences given as space-separated tokens.
struct LabelCommand: ParsableCommand {
    static let configuration = CommandConfiguration(commandName: "label", abstract: "Label sentences of space-separated tokens, or a text file.")

    @Option(help: "The model file.")
    var model: String
    @Option(help: "A text file to read with the project's tokenizer; its mentions are listed.")
    var file: String?
    @Argument(help: "Sentences, tokens separated by spaces.")
    var sentences: [String] = []

    func run() throws {
        let recognizer = EntityRecognizer(model: try EntityModel(data: Data(contentsOf: URL(fileURLWithPath: model))), gazetteer: try Gazetteer.bundled())
        if let file {
            let article = Article.parse(try String(contentsOf: URL(fileURLWithPath: file), encoding: .utf8))
            for mention in recognizer.recognize(article) {
                print("\(mention.range)\t\(mention.kind.rawValue)\t\(article.string(mention.range))")
            }
        }
        for sentence in sentences {
            var tokens = sentence.split(separator: " ").map(String.init)
            for span in recognizer.label(tokens).reversed() {
                let name = tokens[span.range].joined(separator: " ")
                tokens.replaceSubrange(span.range, with: ["[\(name)]/\(span.kind.rawValue)"])
            }
            print(tokens.joined(separator: " "))
        }
    }
}
