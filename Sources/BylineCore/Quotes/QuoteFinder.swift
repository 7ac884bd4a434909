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
/// - A mark right after "=" opens a markup attribute's value (`<embed id="42" author="@ana">` left in a
///   feed's text), not a quotation: it and everything up to the next identical mark are read as no marks.
public enum QuoteFinder {
    /// The spans of the direct quotations of a document, marks included, in order and non-overlapping.
    public static func quotations(in document: Document) -> [TextRange] {
        spans(in: document).map(\.range)
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
    static func spans(in document: Document) -> [Span] {
        var result: [Span] = []
        var carried: Open?
        let tokens = document.article.tokens
        for paragraphTokens in document.paragraphTokens {
            var first = paragraphTokens.lowerBound
            var stack: [Open] = []
            if let open = carried, let reopening = paragraphTokens.first, let mark = mark(reopening, in: document),
               mark.family == open.mark.family, mark.direction != .closing {
                stack = [open]
                first = reopening + 1
            }
            carried = nil
            var attributeValue: String?
            for token in first..<paragraphTokens.upperBound where tokens[token].kind == .quote {
                let text = document.text(token)
                if let closing = attributeValue {
                    if text == closing { attributeValue = nil }
                    continue
                }
                if opensAttributeValue(token, in: document) {
                    attributeValue = text
                    continue
                }
                guard let mark = mark(token, in: document) else { continue }
                if let found = closes(mark, text: text, stack: stack) {
                    if found == 0, let bottom = stack.first, hasWords(bottom.token + 1..<token, in: document) {
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
    static func hasWords(_ tokens: Range<Int>, in document: Document) -> Bool {
        tokens.contains { token in
            let kind = document.kind(token)
            return kind != .quote && kind != .punctuation && (document.range(token)?.length ?? 0) > 1
        }
    }

    /// Whether a quote token stands right after "=", so opens a markup attribute's value.
    static func opensAttributeValue(_ token: Int, in document: Document) -> Bool {
        guard let range = document.range(token), range.start > 0 else { return false }
        return document.article.scalars[range.start - 1] == "="
    }

    /// The quotation mark a token is, read in its context.
    static func mark(_ token: Int, in document: Document) -> QuoteMark? {
        guard document.kind(token) == .quote, let range = document.range(token) else { return nil }
        let scalars = document.article.scalars
        let before = range.start > 0 ? scalars[range.start - 1] : nil
        let after = range.end < scalars.count ? scalars[range.end] : nil
        return QuoteMark.read(document.text(token), before: before, after: after)
    }
}
