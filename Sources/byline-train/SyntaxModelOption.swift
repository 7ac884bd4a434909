import ArgumentParser
import BylineCore
import Foundation

/// The `--model` option of the syntax commands: a model file, or the bundled model when absent.
struct SyntaxModelOption: ParsableArguments {
    @Option(help: "A syntax model file (default: the bundled model).")
    var model: String?

    func load() throws -> SyntaxModel {
        guard let model else { return try SyntaxModel.bundled() }
        do {
            return try SyntaxModel(data: Data(contentsOf: URL(fileURLWithPath: model), options: .mappedIfSafe))
        } catch let error as ModelFileError {
            throw ValidationError("\(model) is not a usable syntax model: \(error)")
        }
    }
}
