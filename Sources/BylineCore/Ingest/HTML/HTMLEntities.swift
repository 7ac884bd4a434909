import Foundation

/// HTML5's named character references (`Resources/Lexicons/html-entities.txt`), for those libxml2's
/// HTML 4 parser leaves as written ("&hyphen;", "&check;"): the builder decodes them.
enum HTMLEntities {
    /// The text of each reference by name (without '&' and ';'); empty when the resource is missing, and
    /// such references then stay as written.
    static let table: [String: String] = {
        guard let url = Bundle.module.url(forResource: "html-entities", withExtension: "txt", subdirectory: "Lexicons"),
              let text = try? String(contentsOf: url, encoding: .utf8) else { return [:] }
        var table: [String: String] = [:]
        for line in text.split(separator: "\n") where !line.hasPrefix("#") {
            let fields = line.split(separator: "\t")
            guard fields.count == 2 else { continue }
            let scalars = fields[1].split(separator: " ").compactMap { UInt32($0, radix: 16).flatMap(Unicode.Scalar.init) }
            table[String(fields[0])] = String(String.UnicodeScalarView(scalars))
        }
        return table
    }()
}
