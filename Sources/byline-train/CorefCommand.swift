import ArgumentParser
import BylineCore
import BylineTraining
import Foundation

/// `byline-train coref`: pronoun resolution on GUM's gold chains, on the documents the NER trainer holds
/// out (every 5th by sorted name), with the recognizer's mentions.
struct CorefCommand: ParsableCommand {
    static let configuration = CommandConfiguration(commandName: "coref", abstract: "Score pronoun resolution on held-out GUM.")

    @Option(help: "The corpora folder (reads gum/coref_conll).")
    var corpora: String
    @Flag(help: "Score every GUM document, not only the held-out ones.")
    var all = false

    func run() throws {
        let folder = URL(fileURLWithPath: corpora).appendingPathComponent("gum/coref_conll")
        guard let names = try? FileManager.default.contentsOfDirectory(atPath: folder.path) else {
            print("skipped: \(folder.path) not found")
            return
        }
        let models = try AnalysisModels.bundled()
        let recognizer = EntityRecognizer(model: models.entityModel, gazetteer: models.gazetteer)
        var documents: [CorefDocument] = []
        for (index, name) in names.filter({ $0.hasSuffix(".conll") }).sorted().enumerated() where all || index % 5 == 4 {
            documents += CorefReader.read(try String(contentsOf: folder.appendingPathComponent(name), encoding: .utf8))
        }
        let evaluation = CorefEvaluation.run(documents, gazetteer: models.gazetteer) { article in
            MentionFinder.find(in: article, recognizer: recognizer, gazetteer: models.gazetteer)
        }
        print("\(documents.count) documents")
        print(evaluation.table)
    }
}
