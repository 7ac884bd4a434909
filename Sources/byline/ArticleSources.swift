import Foundation

/// The articles the command line names: files as given, and the article files inside a folder, in
/// name order.
enum ArticleSources {
    /// The extensions of the files a folder's articles are read from.
    static let articleExtensions: Set<String> = ["txt", "text", "md", "markdown", "html", "htm"]

    /// `arguments` with each folder replaced by its article files (not hidden, not in sub-folders);
    /// a folder with none is an error naming it.
    static func expand(_ arguments: [String]) throws(InputFailure) -> [String] {
        var paths: [String] = []
        for argument in arguments {
            var isFolder: ObjCBool = false
            guard argument != "-", FileManager.default.fileExists(atPath: argument, isDirectory: &isFolder),
                  isFolder.boolValue else {
                paths.append(argument)
                continue
            }
            let names = (try? FileManager.default.contentsOfDirectory(atPath: argument)) ?? []
            let articles = names.filter { name in
                !name.hasPrefix(".") && articleExtensions.contains((name as NSString).pathExtension.lowercased())
            }.sorted()
            let found = articles.map { (argument as NSString).appendingPathComponent($0) }.filter { path in
                var isFolder: ObjCBool = false
                return FileManager.default.fileExists(atPath: path, isDirectory: &isFolder) && !isFolder.boolValue
            }
            guard !found.isEmpty else {
                throw InputFailure(code: InputFailure.unreadable, source: argument,
                                   reason: "is a folder with no article files (.txt, .md, .html) in it")
            }
            paths += found
        }
        return paths
    }
}
