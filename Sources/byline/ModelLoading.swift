import ArgumentParser
import BylineCore

/// Loads the analysis models once per run, turning a broken installation into a clear message.
enum ModelLoading {
    /// EX_SOFTWARE: the installation is missing its model files.
    static let brokenInstallation: Int32 = 70

    static func load() throws -> AnalysisModels {
        do {
            return try AnalysisModels.bundled()
        } catch {
            printError("byline: cannot load the analysis models (\(error)); the resource bundles should sit beside the byline binary")
            throw ExitCode(brokenInstallation)
        }
    }
}
