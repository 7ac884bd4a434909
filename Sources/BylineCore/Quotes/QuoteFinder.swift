/// Finds direct quotations: stretches of text between matching quotation marks.
///
/// - A quotation closes only with a mark of its own family (“ ” with “ ”, ‘ ’ with ‘ ’, « » with « »);
///   a quotation inside another uses another family and stays part of the outer one.
/// - Straight marks (" ') face the way the text around them says: after a space and before a word they
///   open, after a word and before a space or punctuation they close; otherwise they close an open
///   quotation of their family or open a new one. „ and ‚ close with “ and ‘ (German style).
/// - A quotation never crosses a paragraph break unless the next paragraph opens with a mark of the
///   same family (the news convention for a quotation running over several paragraphs, closed only on
///   the last). A quotation left open otherwise is dropped, so stray or unbalanced marks give fewer
///   quotations, never one running to the end of the article.
/// - A quotation with no word of two letters or more inside ("rock 'n' roll") is no quotation.
public enum QuoteFinder {
    /// The spans of the direct quotations of an article, marks included, in order and non-overlapping.
    public static func quotations(in article: Article) -> [TextRange] {
        spans(in: article).map(\.range)
    }

    /// One direct quotation: its span and the token indices of its opening and closing marks.
    struct Span: Hashable {
        var range: TextRange
        var opening: Int
        var closing: Int
    }

    /// An open quotation mark waiting for its partner.
    private struct Open {
        var mark: QuoteMark
        var token: Int
        var text: String
    }

    /// The direct quotations with their mark tokens.
    static func spans(in article: Article) -> [Span] {
        var result: [Span] = []
        var carried: Open?
        var next = 0
        let tokens = article.tokens
        for paragraph in article.paragraphs {
            while next < tokens.count, tokens[next].range.start < paragraph.start { next += 1 }
            var first = next
            while next < tokens.count, tokens[next].range.end <= paragraph.end { next += 1 }
            let paragraphTokens = first..<next
            var stack: [Open] = []
            if let open = carried, let reopening = paragraphTokens.first, let mark = mark(reopening, in: article),
               mark.family == open.mark.family, mark.direction != .closing {
                stack = [open]
                first = reopening + 1
            }
            carried = nil
            for token in first..<paragraphTokens.upperBound where tokens[token].kind == .quote {
                guard let mark = mark(token, in: article) else { continue }
                let text = article.string(tokens[token].range)
                if let found = closes(mark, text: text, stack: stack) {
                    if found == 0, let bottom = stack.first, hasWords(bottom.token + 1..<token, in: article) {
                        result.append(Span(range: TextRange(start: tokens[bottom.token].range.start, end: tokens[token].range.end),
                                           opening: bottom.token, closing: token))
                    }
                    stack.removeSubrange(found...)
                } else if mark.direction != .closing {
                    if let top = stack.last, top.mark.family == mark.family {
                        stack.removeLast()
                    }
                    stack.append(Open(mark: mark, token: token, text: text))
                }
            }
            carried = stack.first
        }
        return result
    }

    /// The stack position of the open quotation a mark closes, if it closes one.
    private static func closes(_ mark: QuoteMark, text: String, stack: [Open]) -> Int? {
        guard let found = stack.lastIndex(where: { $0.mark.family == mark.family }) else { return nil }
        let opener = stack[found].text
        let lowOpener = opener == "„" || opener == "‚"
        switch mark.direction {
        case .closing, .either:
            return found
        case .opening:
            return lowOpener && (text == "“" || text == "‘") ? found : nil
        }
    }

    /// Whether the tokens hold a word or number of two scalars or more: "rock 'n' roll" quotes nothing.
    static func hasWords(_ tokens: Range<Int>, in article: Article) -> Bool {
        tokens.contains { token in
            let kind = article.tokens[token].kind
            return kind != .quote && kind != .punctuation && article.tokens[token].range.length > 1
        }
    }

    /// The quotation mark a token is, read in its context.
    static func mark(_ token: Int, in article: Article) -> QuoteMark? {
        let range = article.tokens[token].range
        guard article.tokens[token].kind == .quote else { return nil }
        let before = range.start > 0 ? article.scalars[range.start - 1] : nil
        let after = range.end < article.scalars.count ? article.scalars[range.end] : nil
        return QuoteMark.read(article.string(range), before: before, after: after)
    }
}
