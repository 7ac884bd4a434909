import BylineCore
@testable import BylineTraining
import Foundation
import Testing

/// Training twice with the same seed on a small slice of the real corpora gives the same model bytes.
@Suite struct DeterministicTrainingTests {
    /// ../shared/corpora beside the package root, located from this file.
    static let corpora = URL(fileURLWithPath: #filePath)
        .deletingLastPathComponent().deletingLastPathComponent().deletingLastPathComponent()
        .deletingLastPathComponent().appendingPathComponent("shared/corpora")

    static var corporaPresent: Bool { FileManager.default.fileExists(atPath: corpora.path) }

    @Test(.enabled(if: corporaPresent, "the shared corpora folder (../shared/corpora) is absent"))
    func sameSeedSameBytes() throws {
        let splits = try CorpusLoader.load(from: Self.corpora, limit: 300)
        #expect(splits.training.map(\.name) == ["gmb", "uner", "gum", "wikigold"])
        #expect(splits.analysis.map(\.name) == ["wikigold-analysis"])
        var options = TrainingOptions()
        options.epochs = 2
        options.seed = 7
        let first = Trainer.train(splits.training, options: options).encoded()
        let second = Trainer.train(splits.training, options: options).encoded()
        #expect(first == second)
        options.seed = 8
        #expect(Trainer.train(splits.training, options: options).encoded() != first)
    }
}
