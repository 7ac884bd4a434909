import Foundation

/// Runs the shared attribution scorer (`score_attributions.py`, the rule held-out news is judged by) with
/// `python3` on predictions written by `AttributionPredictions`. Its report goes to standard output.
public struct AttributionScorer: Sendable {
    /// Why the scorer could not run.
    public struct Failure: Error, CustomStringConvertible {
        public var description: String
    }

    public var python: URL
    public var script: URL

    /// The scorer at `script`, run by the first `python3` on `PATH`.
    public init(script: URL, path: String? = ProcessInfo.processInfo.environment["PATH"]) throws {
        guard FileManager.default.fileExists(atPath: script.path) else {
            throw Failure(description: "the attribution scorer \(script.path) is missing")
        }
        guard let python = Self.executable("python3", path: path) else {
            throw Failure(description: "python3 was not found on PATH; the attribution scorer \(script.path) needs it "
                          + "(install Python 3, or run the scorer by hand on the predictions written)")
        }
        self.python = python
        self.script = script
    }

    /// The first executable file named `name` in the colon-separated `path`.
    static func executable(_ name: String, path: String?) -> URL? {
        for folder in (path ?? "").split(separator: ":") where !folder.isEmpty {
            let candidate = URL(fileURLWithPath: String(folder)).appendingPathComponent(name)
            if FileManager.default.isExecutableFile(atPath: candidate.path) { return candidate }
        }
        return nil
    }

    /// Scores the predictions in `predictions` for the ids listed in `ids` against `corpus`; `misses` lists
    /// every missed quoted stretch, `json` prints the counts as one JSON object. Returns the scorer's exit code.
    public func run(corpus: URL, predictions: URL, ids: URL, misses: Bool = false, json: Bool = false) throws -> Int32 {
        try runPython([script.path, corpus.path, predictions.path, "--ids", ids.path]
            + (misses ? ["--misses"] : []) + (json ? ["--json"] : []))
    }

    /// Runs python with the arguments, its output on standard output; returns its exit code.
    func runPython(_ arguments: [String]) throws -> Int32 {
        let process = Process()
        process.executableURL = python
        process.arguments = arguments
        do {
            try process.run()
        } catch {
            throw Failure(description: "cannot run \(python.path) (\(error.localizedDescription))")
        }
        process.waitUntilExit()
        return process.terminationStatus
    }
}
