import Foundation

/// Files the end-to-end tests read or make.
enum Fixtures {
    /// The package root, found from this file's path.
    static let packageRoot = URL(fileURLWithPath: #filePath).deletingLastPathComponent()
        .deletingLastPathComponent().deletingLastPathComponent()

    /// The sample article as shipped in the core's resources.
    static var sampleText: String {
        (try? String(contentsOf: packageRoot.appendingPathComponent("Sources/BylineCore/Resources/sample.txt"),
                     encoding: .utf8)) ?? ""
    }

    /// The first `count` words of the sample's first line: what the reader's top row must start with.
    static func sampleOpening(words count: Int) -> String {
        sampleText.split(separator: "\n").first.map { $0.split(separator: " ").prefix(count).joined(separator: " ") } ?? ""
    }

    /// Writes bytes to a new temporary file and returns its path.
    static func temporaryFile(_ bytes: Data, name: String = "article.txt") throws -> String {
        let directory = FileManager.default.temporaryDirectory.appendingPathComponent("byline-e2e-\(UUID().uuidString)")
        try FileManager.default.createDirectory(at: directory, withIntermediateDirectories: true)
        let url = directory.appendingPathComponent(name)
        try bytes.write(to: url)
        return url.path
    }

    /// A shell-safe quoting of one argument.
    static func quoted(_ argument: String) -> String {
        "'" + argument.replacingOccurrences(of: "'", with: "'\\''") + "'"
    }
}
