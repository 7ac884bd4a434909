import BylineCore
import Foundation

/// The analysis models, loaded by the first job that needs them and shared by the jobs after it (the
/// reader analyses its articles one after another, on threads of their own).
final class ModelCache: @unchecked Sendable {
    /// Guards `loaded`.
    private let lock = NSLock()
    private var loaded: Result<AnalysisModels, any Error>?

    /// The models, loading them on the first call; a failure is remembered and given again.
    func models() throws -> AnalysisModels {
        try lock.withLock {
            if let loaded { return try loaded.get() }
            let result = Result { try AnalysisModels.bundled() }
            loaded = result
            return try result.get()
        }
    }
}
