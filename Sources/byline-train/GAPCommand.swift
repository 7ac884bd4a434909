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

    func run() throws {
        let url = URL(fileURLWithPath: corpora).appendingPathComponent(file)
        guard FileManager.default.fileExists(atPath: url.path) else {
            print("skipped: \(url.path) not found")
            return
        }
        let examples = GAPReader.read(try String(contentsOf: url, encoding: .utf8))
        let models = try AnalysisModels.bundled()
        let recognizer = EntityRecognizer(model: models.entityModel)
        let evaluation = GAPEvaluation.run(examples, gazetteer: models.gazetteer) { article in
            candidatesOnly ? [] : MentionFinder.find(in: article, recognizer: recognizer, gazetteer: models.gazetteer)
        }
        print(evaluation.table)
    }
}
