import ArgumentParser
import BylineCore
import BylineTraining
import Foundation

/// `byline-train gap`: pronoun resolution on the GAP development set, overall and by gender.
struct GAPCommand: ParsableCommand {
    static let configuration = CommandConfiguration(commandName: "gap", abstract: "Score pronoun resolution on GAP.")

    @Option(help: "The corpora folder (reads gap/gap-development.tsv).")
    var corpora: String
    @Option(help: "The GAP file inside the corpora folder.")
    var file = "gap/gap-development.tsv"
    @Flag(help: "Give the linker only A and B, not the recognizer's mentions.")
    var candidatesOnly = false
    @Option(help: "Print the first N examples answered wrongly.")
    var errors = 0

    func run() throws {
        let url = URL(fileURLWithPath: corpora).appendingPathComponent(file)
        guard FileManager.default.fileExists(atPath: url.path) else {
            print("skipped: \(url.path) not found")
            return
        }
        let examples = GAPReader.read(try String(contentsOf: url, encoding: .utf8))
        let models = try AnalysisModels.bundled()
        let recognizer = EntityRecognizer(model: models.entityModel, gazetteer: models.gazetteer)
        let findMentions = { (article: Document) in
            candidatesOnly ? [] : MentionFinder.find(in: article, recognizer: recognizer, gazetteer: models.gazetteer)
        }
        print(GAPEvaluation.run(examples, gazetteer: models.gazetteer, findMentions: findMentions).table)
        var shown = 0
        for example in examples where shown < errors {
            let predicted = GAPEvaluation.predict(example, gazetteer: models.gazetteer, findMentions: findMentions)
            guard predicted.a != example.a.isAntecedent || predicted.b != example.b.isAntecedent else { continue }
            shown += 1
            let scalars = Array(example.text.unicodeScalars)
            let start = max(0, example.pronounOffset - 200)
            var context = String.UnicodeScalarView()
            context.append(contentsOf: scalars[start..<min(scalars.count, example.pronounOffset + 40)])
            print("\n\(example.id) \(example.pronoun)@\(example.pronounOffset) A=\(example.a.name)(\(example.a.isAntecedent)) "
                  + "B=\(example.b.name)(\(example.b.isAntecedent)) predicted A=\(predicted.a) B=\(predicted.b)\n…\(String(context))")
        }
    }
}
