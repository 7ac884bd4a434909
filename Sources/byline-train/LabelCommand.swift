import ArgumentParser
import BylineCore
import Foundation

/// `byline-train label`: shows what a model makes of sentences given as space-separated tokens.
struct LabelCommand: ParsableCommand {
    static let configuration = CommandConfiguration(commandName: "label", abstract: "Label sentences of space-separated tokens.")

    @Option(help: "The model file.")
    var model: String
    @Argument(help: "Sentences, tokens separated by spaces.")
    var sentences: [String]

    func run() throws {
        let recognizer = EntityRecognizer(model: try EntityModel(data: Data(contentsOf: URL(fileURLWithPath: model))))
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
