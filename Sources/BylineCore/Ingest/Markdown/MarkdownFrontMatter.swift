/// YAML front matter at the top of a Markdown file (`---` lines around `key: value` lines), read for the
/// article's metadata: `title`, `author` or `authors` (a name, names separated by commas or "and", or a
/// `[A, B]` list), `date`, `site`, `url`. Other keys and nested YAML are ignored.
enum MarkdownFrontMatter {
    /// The longest front matter looked for, in bytes.
    static let maximumLength = 16_384

    /// The metadata and the byte offset where the Markdown after the front matter starts (0 for none).
    static func read(_ markdown: String) -> (ArticleMetadata, Int) {
        let head = markdown.utf8.prefix(maximumLength)
        guard head.starts(with: "---\n".utf8) || head.starts(with: "---\r\n".utf8) else { return (ArticleMetadata(), 0) }
        let text = String(decoding: head, as: UTF8.self)
        var metadata = ArticleMetadata()
        var offset = 0
        var closed = false
        for (index, line) in text.split(separator: "\n", omittingEmptySubsequences: false).enumerated() {
            offset += line.utf8.count + 1
            let content = line.hasSuffix("\r") ? line.dropLast() : line
            if index == 0 { continue }
            if content == "---" || content == "..." {
                closed = true
                break
            }
            guard let colon = content.firstIndex(of: ":") else { continue }
            let key = content[..<colon].lowercased()
            let value = unquoted(content[content.index(after: colon)...])
            guard !value.isEmpty else { continue }
            switch key {
            case "title": metadata.title = value
            case "author", "authors", "byline":
                let list = value.hasPrefix("[") && value.hasSuffix("]") ? String(value.dropFirst().dropLast()) : value
                metadata.authors = HTMLMetadata.splitNames(list).map(unquoted)
            case "date", "published": metadata.published = value
            case "site", "publication": metadata.site = value
            case "url", "canonical": metadata.url = value
            default: break
            }
        }
        return closed ? (metadata, min(offset, markdown.utf8.count)) : (ArticleMetadata(), 0)
    }

    private static func unquoted<S: StringProtocol>(_ value: S) -> String {
        let trimmed = value.split(whereSeparator: \.isWhitespace).joined(separator: " ")
        if trimmed.count >= 2, let first = trimmed.first, first == "\"" || first == "'", trimmed.last == first {
            return String(trimmed.dropFirst().dropLast())
        }
        return trimmed
    }
}
