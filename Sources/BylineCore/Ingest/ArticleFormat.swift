/// The formats articles come in.
public enum ArticleFormat: String, Sendable, Hashable, CaseIterable {
    case text
    case html
    case markdown

    /// The format a file extension suggests (`html`, `htm`, `xhtml`; `md`, `markdown`, `mdown`, `mkd`;
    /// `txt`, `text`), or nil.
    public init?(pathExtension: String) {
        switch pathExtension.lowercased() {
        case "html", "htm", "xhtml", "shtml": self = .html
        case "md", "markdown", "mdown", "mkd", "mkdn": self = .markdown
        case "txt", "text": self = .text
        default: return nil
        }
    }

    /// How much of the text detection reads, in scalars.
    static let sniffLength = 8192

    /// The format of `text`, read from its content with `hint` (from the file's extension) deciding
    /// close calls: HTML when it starts with a doctype or an `<html>`, `<head>` or `<body>` tag, or, with
    /// a hint of HTML or none, with a tag and has a closing tag; Markdown when it has headings, emphasis,
    /// links or fenced code (two signs without a hint, one with a hint of Markdown); text otherwise.
    public static func detect(_ text: String, hint: ArticleFormat? = nil) -> ArticleFormat {
        let head = String(String.UnicodeScalarView(text.unicodeScalars.prefix(sniffLength))).lowercased()
        let start = head.drop { $0.isWhitespace }
        if ["<!doctype html", "<html", "<head", "<body", "<?xml"].contains(where: { start.hasPrefix($0) }) { return .html }
        if hint != .text, hint != .markdown, start.hasPrefix("<"), head.utf8.firstRange(of: "</".utf8) != nil { return .html }
        if hint == .text { return .text }
        let signs = MarkdownSigns.count(in: head)
        return signs >= (hint == .markdown ? 1 : 2) ? .markdown : .text
    }
}

/// Signs that a text is Markdown: ATX headings, strong emphasis, links, fenced code.
enum MarkdownSigns {
    /// Whether `line` holds `needle`, compared by UTF-8 (Foundation's `contains` goes through NSString).
    private static func has(_ line: Substring, _ needle: String) -> Bool {
        line.utf8.firstRange(of: needle.utf8) != nil
    }

    static func count(in text: String) -> Int {
        var signs = 0
        for line in text.split(separator: "\n", omittingEmptySubsequences: true) {
            let trimmed = line.drop { $0 == " " }
            if trimmed.hasPrefix("#"), let after = trimmed.drop(while: { $0 == "#" }).first, after == " ",
               trimmed.prefix(while: { $0 == "#" }).count <= 6 {
                signs += 1
            }
            if trimmed.hasPrefix("```") || trimmed.hasPrefix("~~~") { signs += 1 }
            if has(line, "](") && line.utf8.contains(UInt8(ascii: "[")) { signs += 1 }
            if has(line, "**") || has(line, "__") { signs += 1 }
        }
        return signs
    }
}
