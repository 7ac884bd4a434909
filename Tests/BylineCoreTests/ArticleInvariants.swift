import BylineCore

/// The structural promises every parsed article keeps, checked one by one.
enum ArticleInvariants {
    /// What is wrong with `article` parsed from `text`; empty when nothing is.
    static func violations(_ article: Article, text: String) -> [String] {
        var problems: [String] = []
        if !article.scalars.elementsEqual(text.unicodeScalars) || article.text != text {
            problems.append("the article does not hold the text as given")
        }
        problems += paragraphViolations(article)
        problems += tokenViolations(article)
        problems += sentenceViolations(article)
        return problems
    }

    private static func isSpace(_ scalar: Unicode.Scalar) -> Bool { scalar.properties.isWhitespace }

    private static func paragraphViolations(_ article: Article) -> [String] {
        var problems: [String] = []
        var previousEnd = 0
        for paragraph in article.paragraphs {
            guard paragraph.start >= previousEnd, paragraph.end <= article.length, !paragraph.isEmpty else {
                problems.append("paragraph \(paragraph) is empty, out of bounds or out of order")
                continue
            }
            if article.scalars[previousEnd..<paragraph.start].contains(where: { !isSpace($0) }) {
                problems.append("non-whitespace before paragraph \(paragraph)")
            }
            if isSpace(article.scalars[paragraph.start]) || isSpace(article.scalars[paragraph.end - 1]) {
                problems.append("paragraph \(paragraph) is not trimmed")
            }
            previousEnd = paragraph.end
        }
        if article.scalars[previousEnd...].contains(where: { !isSpace($0) }) {
            problems.append("non-whitespace after the last paragraph")
        }
        return problems
    }

    private static func tokenViolations(_ article: Article) -> [String] {
        var problems: [String] = []
        var rebuilt = String.UnicodeScalarView()
        var previousEnd = 0
        var paragraphIndex = 0
        for token in article.tokens {
            let range = token.range
            guard range.start >= previousEnd, range.end <= article.length, !range.isEmpty else {
                problems.append("token \(range) is empty, out of bounds or out of order")
                continue
            }
            let gap = article.scalars[previousEnd..<range.start]
            if !gap.allSatisfy(isSpace) { problems.append("non-whitespace gap before token \(range)") }
            let body = article.scalars[range.start..<range.end]
            if body.contains(where: isSpace) { problems.append("whitespace inside token \(range)") }
            rebuilt.append(contentsOf: gap)
            rebuilt.append(contentsOf: body)
            while paragraphIndex < article.paragraphs.count, article.paragraphs[paragraphIndex].end <= range.start {
                paragraphIndex += 1
            }
            if paragraphIndex == article.paragraphs.count || !article.paragraphs[paragraphIndex].contains(range) {
                problems.append("token \(range) is not inside a paragraph")
            }
            previousEnd = range.end
        }
        rebuilt.append(contentsOf: article.scalars[min(previousEnd, article.length)...])
        if !rebuilt.elementsEqual(article.scalars) { problems.append("tokens and gaps do not rebuild the text") }
        return problems
    }

    private static func sentenceViolations(_ article: Article) -> [String] {
        var problems: [String] = []
        var nextToken = 0
        var previousEnd = 0
        for sentence in article.sentences {
            let range = sentence.range
            guard sentence.tokens.lowerBound == nextToken, !sentence.tokens.isEmpty,
                  sentence.tokens.upperBound <= article.tokens.count else {
                problems.append("sentence \(range) does not take up the tokens after the previous one")
                continue
            }
            let first = article.tokens[sentence.tokens.lowerBound].range
            let last = article.tokens[sentence.tokens.upperBound - 1].range
            if range != TextRange(start: first.start, end: last.end) {
                problems.append("sentence \(range) does not run from its first token to its last")
            }
            if range.isEmpty || range.start < previousEnd || range.end > article.length {
                problems.append("sentence \(range) is empty, out of bounds or out of order")
            }
            if !article.paragraphs.contains(where: { $0.contains(range) }) {
                problems.append("sentence \(range) is not inside one paragraph")
            }
            nextToken = sentence.tokens.upperBound
            previousEnd = range.end
        }
        if nextToken != article.tokens.count { problems.append("tokens after the last sentence") }
        return problems
    }
}
