/// Picks the elements that hold a page's article, as Mozilla's Readability does: every paragraph-like
/// element with some text scores by its length and commas, the score goes to its parent in full and to
/// its further ancestors in shares, each candidate is weighed by its tag and class words and discounted by
/// its link density, and the best candidate wins, with those of its siblings that look like content.
enum HTMLContentScorer {
    /// Paragraphs shorter than this (in scalars) give no score.
    static let minimumParagraphLength = 25
    /// How many ancestors a paragraph's score reaches.
    static let ancestorLevels = 5

    /// The elements to extract, in document order: the best candidate and its sibling content, or the
    /// body (else the root) when nothing scored.
    static func contentElements(of page: HTMLPage) -> [Int] {
        let elements = page.elements
        var scores: [Int: Double] = [:]
        for element in elements where !element.isDropped && isScored(element) {
            guard element.textLength >= minimumParagraphLength else { continue }
            let score = 1 + Double(element.commas) + Double(min(element.textLength / 100, 3))
            var ancestor = element.parent
            var level = 0
            while ancestor >= 0, level < ancestorLevels {
                if scores[ancestor] == nil { scores[ancestor] = baseScore(elements[ancestor]) }
                let share = level == 0 ? 1 : level == 1 ? 2 : Double(level) * 3
                scores[ancestor, default: 0] += score / share
                ancestor = elements[ancestor].parent
                level += 1
            }
        }
        let finalScores = scores.filter { !elements[$0.key].isDropped }.map { (index: $0.key, score: $0.value * (1 - elements[$0.key].linkDensity)) }
        guard let best = finalScores.max(by: { ($0.score, -$0.index) < ($1.score, -$1.index) }) else {
            return [elements.firstIndex { $0.tag == .body } ?? (elements.isEmpty ? -1 : 0)].filter { $0 >= 0 }
        }
        let parent = elements[best.index].parent
        guard parent >= 0 else { return [best.index] }
        let threshold = max(10, best.score * 0.2)
        let byIndex = Dictionary(uniqueKeysWithValues: finalScores.map { ($0.index, $0.score) })
        return elements.indices.filter { index in
            guard elements[index].parent == parent, !elements[index].isDropped else { return false }
            if index == best.index { return true }
            if let score = byIndex[index], score >= threshold { return true }
            return isSiblingParagraph(elements[index], page: page)
        }
    }

    /// Paragraphs, preformatted text, table cells, and block elements with no block inside (text in divs).
    private static func isScored(_ element: HTMLElement) -> Bool {
        switch element.tag {
        case .p, .pre, .td: true
        case .div, .section, .article: !element.hasBlockChild
        default: false
        }
    }

    /// Readability's starting score for a candidate: by tag, plus its class weight.
    private static func baseScore(_ element: HTMLElement) -> Double {
        let tagScore: Double = switch element.tag {
        case .div: 5
        case .article, .main: 10
        case .pre, .td, .blockquote: 3
        case .address, .ol, .ul, .dl, .dd, .dt, .li, .form: -3
        case .heading, .th: -5
        default: 0
        }
        let articleBody: Double = element.attributes["itemprop"]?.lowercased() == "articlebody" ? 25 : 0
        return tagScore + articleBody + HTMLFurniture.classWeight(element.classWords)
    }

    /// A sibling paragraph of the best candidate that reads as article text: long with few links, or
    /// short with none and a sentence in it.
    private static func isSiblingParagraph(_ element: HTMLElement, page: HTMLPage) -> Bool {
        guard element.tag == .p else { return false }
        if element.textLength > 80 { return element.linkDensity < 0.25 }
        return element.linkDensity == 0 && element.textLength > 0 && page.collapsedText(of: element).contains(". ")
    }
}
