extension ArticleText {
    /// The text headed by the metadata's headline and authors where the content does not already start
    /// with them: a first heading that reads as the headline becomes the title block, else the headline is
    /// put first; without a byline block, "By A and B" follows the title.
    func headed(by metadata: ArticleMetadata) -> ArticleText {
        var article = self
        if let title = metadata.title {
            if let first = article.blocks.first, first.kind == .heading, Self.sameWords(article.string(first.range), title) {
                article.blocks[0].kind = .title
                article.blocks[0].level = 0
            } else {
                article = article.inserting(title, kind: .title, at: 0)
            }
        }
        if !article.blocks.contains(where: { $0.kind == .byline }), !metadata.authors.isEmpty {
            let first = article.blocks.firstIndex { $0.kind != .title } ?? article.blocks.count
            article = article.inserting("By " + Self.listed(metadata.authors), kind: .byline, at: first)
        }
        return article
    }

    /// The text of a span.
    func string(_ range: TextRange) -> String {
        let scalars = text.unicodeScalars
        let start = scalars.index(scalars.startIndex, offsetBy: range.start)
        return String(scalars[start..<scalars.index(start, offsetBy: range.length)])
    }

    /// "A", "A and B", "A, B and C".
    static func listed(_ names: [String]) -> String {
        guard let last = names.last, names.count > 2 else { return names.joined(separator: " and ") }
        return names.dropLast().joined(separator: ", ") + " and " + last
    }

    private static func sameWords(_ one: String, _ other: String) -> Bool {
        one.lowercased().split(whereSeparator: \.isWhitespace) == other.lowercased().split(whereSeparator: \.isWhitespace)
    }
}
