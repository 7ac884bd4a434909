import BylineCore
import Foundation

/// Reads an article's bytes from a file, standard input or the built-in sample, and decodes them.
struct ArticleInput {
    /// Inputs above this size are refused rather than read into memory.
    static let maximumBytes = 64 * 1024 * 1024

    /// The input as the user named it ("-" for standard input).
    let source: String
    let text: String
    /// Problems worth a warning that did not stop the reading (invalid UTF-8 replaced).
    let warnings: [String]

    /// The built-in sample.
    static func sample() throws(InputFailure) -> ArticleInput {
        guard let text = SampleArticle.text() else {
            throw InputFailure(code: InputFailure.unreadable, source: SampleArticle.sourceName,
                               reason: "the built-in sample is missing from this installation (its resource bundle should sit beside the byline binary)")
        }
        return ArticleInput(source: SampleArticle.sourceName, text: text, warnings: [])
    }

    /// Reads and decodes `path`, or standard input for "-".
    static func read(_ path: String) throws(InputFailure) -> ArticleInput {
        let bytes = path == "-" ? try readStandardInput() : try readFile(path)
        do {
            let decoded = try Ingest.decode(bytes)
            var warnings: [String] = []
            if decoded.invalidSequenceCount > 0 {
                let count = decoded.invalidSequenceCount
                warnings.append("byline: warning: \(path): \(count) invalid UTF-8 sequence\(count == 1 ? "" : "s") replaced with U+FFFD")
            }
            return ArticleInput(source: path, text: decoded.text, warnings: warnings)
        } catch {
            throw InputFailure(code: InputFailure.notText, source: path, reason: error.description)
        }
    }

    private static func readFile(_ path: String) throws(InputFailure) -> [UInt8] {
        var isDirectory: ObjCBool = false
        guard FileManager.default.fileExists(atPath: path, isDirectory: &isDirectory) else {
            throw InputFailure(code: InputFailure.unreadable, source: path, reason: "no such file")
        }
        if isDirectory.boolValue {
            throw InputFailure(code: InputFailure.unreadable, source: path, reason: "is a directory, not a file")
        }
        guard let handle = FileHandle(forReadingAtPath: path) else {
            throw InputFailure(code: InputFailure.unreadable, source: path, reason: "cannot be read (permission denied?)")
        }
        defer { try? handle.close() }
        return try readAll(handle, source: path)
    }

    private static func readStandardInput() throws(InputFailure) -> [UInt8] {
        try readAll(FileHandle.standardInput, source: "-")
    }

    /// Reads to the end in chunks, refusing inputs over the size limit without reading all of them.
    private static func readAll(_ handle: FileHandle, source: String) throws(InputFailure) -> [UInt8] {
        var bytes: [UInt8] = []
        while true {
            let chunk: Data?
            do {
                chunk = try handle.read(upToCount: 1 << 20)
            } catch {
                throw InputFailure(code: InputFailure.unreadable, source: source, reason: "cannot be read (\(error.localizedDescription))")
            }
            guard let chunk, !chunk.isEmpty else { return bytes }
            bytes.append(contentsOf: chunk)
            if bytes.count > maximumBytes {
                throw InputFailure(code: InputFailure.notText, source: source,
                                   reason: "is larger than \(maximumBytes / 1024 / 1024) MiB; Byline reads articles, not archives")
            }
        }
    }
}
