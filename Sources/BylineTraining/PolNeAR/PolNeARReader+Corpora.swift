import Foundation

extension PolNeARReader {
    /// Why the corpus file of a corpora folder could not be read.
    public struct FileFailure: Error, CustomStringConvertible {
        public var path: String
        public var reason: String

        public var description: String { "\(path): \(reason)" }
    }

    /// The corpus file inside a corpora folder.
    public static func file(in corpora: URL) -> URL {
        corpora.appendingPathComponent(relativePath)
    }

    /// The articles of one part of the split, read from the corpus file in `corpora`; a missing or
    /// malformed file is an error naming it.
    public static func articles(of part: PolNeARSplit.Part, corpora: URL) throws(FileFailure) -> [PolNeARArticle] {
        let url = file(in: corpora)
        guard FileManager.default.fileExists(atPath: url.path) else {
            throw FileFailure(path: url.path, reason: "not found")
        }
        do {
            return PolNeARSplit.articles(try read(contentsOf: url), in: part)
        } catch {
            throw FileFailure(path: url.path, reason: "\(error)")
        }
    }
}
