import BylineCore

/// Reads tab-separated token-per-line files with IOB2 tags (the GMB and Universal NER formats): a blank
/// line ends a sentence, lines starting with "#" are comments.
public enum IOBReader {
    /// One sentence as read: its tokens, their tags, and the `# text =` comment if the file gives one.
    public struct RawSentence: Sendable {
        public var tokens: [String]
        public var tags: [String]
        public var text: String?
    }

    /// Splits a file into raw sentences, taking the token and tag from the given columns; stops after
    /// `limit` sentences if given.
    public static func sentences(_ text: String, tokenColumn: Int, tagColumn: Int, limit: Int? = nil) -> [RawSentence] {
        var result: [RawSentence] = []
        var current = RawSentence(tokens: [], tags: [], text: nil)
        func flush() {
            if !current.tokens.isEmpty { result.append(current) }
            current = RawSentence(tokens: [], tags: [], text: nil)
        }
        for line in text.split(separator: "\n", omittingEmptySubsequences: false) {
            if let limit, result.count >= limit { return result }
            let line = line.hasSuffix("\r") ? line.dropLast() : line
            if line.isEmpty {
                flush()
            } else if line.hasPrefix("#") {
                if line.hasPrefix("# text = ") { current.text = String(line.dropFirst("# text = ".count)) }
            } else {
                let columns = line.split(separator: "\t", omittingEmptySubsequences: false)
                guard columns.count > max(tokenColumn, tagColumn) else { continue }
                current.tokens.append(String(columns[tokenColumn]))
                current.tags.append(String(columns[tagColumn]))
            }
        }
        flush()
        return result
    }

    /// The spans IOB2 tags spell, with each tag type mapped to a kind (nil: not an entity). Lenient: an
    /// `I-` tag that does not continue a span of its type starts one.
    public static func spans(_ tags: [String], kind: (String) -> EntityKind?) -> [AnnotatedSpan] {
        var spans: [AnnotatedSpan] = []
        var open: (start: Int, type: Substring)?
        func close(_ end: Int) {
            if let span = open, let kind = kind(String(span.type)) {
                spans.append(AnnotatedSpan(range: span.start..<end, kind: kind))
            }
            open = nil
        }
        for (index, tag) in tags.enumerated() {
            guard tag.count > 2, let dash = tag.firstIndex(of: "-") else {
                close(index)
                continue
            }
            let prefix = tag[..<dash]
            let type = tag[tag.index(after: dash)...]
            if prefix == "I", open?.type == type { continue }
            close(index)
            open = (index, type)
        }
        close(tags.count)
        return spans
    }
}
