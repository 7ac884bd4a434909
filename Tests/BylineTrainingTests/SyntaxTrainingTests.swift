import BylineCore
@testable import BylineTraining
import Foundation
import Testing

/// Training the tagger and parser on a small slice of the real treebanks, when they are present.
@Suite struct SyntaxTrainingTests {
    static var corporaPresent: Bool {
        FileManager.default.fileExists(atPath: DeterministicTrainingTests.corpora.appendingPathComponent(SyntaxCorpus.ewtTrain).path)
    }

    @Test(.enabled(if: corporaPresent, "the shared corpora folder (../shared/corpora) is absent"))
    func smallTrainingIsDeterministicAndLearns() throws {
        let splits = try SyntaxCorpus.load(from: DeterministicTrainingTests.corpora, limit: 100)
        #expect(splits.training.allSatisfy { $0.isTree })
        #expect(splits.retokenized > 0)
        var options = SyntaxTrainingOptions()
        options.taggerEpochs = 2
        options.parserEpochs = 1
        options.jackknifeFolds = 2
        options.foldTaggerEpochs = 1
        options.seed = 3
        options.taggerOwnHistory = true
        options.tagDictionaryMinimum = 2
        let model = try SyntaxTrainer.train(splits.training, options: options)
        let bytes = model.encoded()
        #expect(try SyntaxTrainer.train(splits.training, options: options).encoded() == bytes)
        let reloaded = try SyntaxModel(data: bytes)
        #expect(model.tagDictionary != nil && reloaded.tagDictionary?.table.rowCount == model.tagDictionary?.table.rowCount)
        let evaluation = ParseEvaluation.evaluate(reloaded, on: Array(splits.dev.prefix(100)))
        #expect(evaluation.words > 500)
        // Far better than chance after a few hundred sentences, far from the full model.
        #expect(evaluation.uposAccuracy > 0.6 && evaluation.uas > 0.4)
    }
}
