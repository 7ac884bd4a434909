import BylineCore
@testable import BylineUI

/// Articles and states built for tests, independent of the core's paragraph splitter where the test
/// is about layout.
enum TestArticles {
    /// An article whose paragraphs are exactly `paragraphs`, joined by blank lines.
    static func article(_ paragraphs: [String]) -> Article {
        var text = ""
        var ranges: [TextRange] = []
        var offset = 0
        for (index, paragraph) in paragraphs.enumerated() {
            if index > 0 {
                text += "\n\n"
                offset += 2
            }
            let length = paragraph.unicodeScalars.count
            ranges.append(TextRange(start: offset, end: offset + length))
            text += paragraph
            offset += length
        }
        return Article(text: text, scalars: Array(text.unicodeScalars), paragraphs: ranges, tokens: [], sentences: [])
    }

    /// An analysis of `article(paragraphs)`.
    static func analysis(_ paragraphs: [String], source: String = "test.txt") -> Analysis {
        Analysis(source: source, article: article(paragraphs))
    }

    /// `count` numbered paragraphs of a few sentences each.
    static func numbered(_ count: Int) -> Analysis {
        analysis((1...count).map { "Paragraph \($0) opens here. It goes on for a while so that it wraps over several lines." })
    }

    /// The bundled sample article, analyzed by the core as the reader would.
    static func sample() -> Analysis? {
        guard let text = SampleArticle.text(), let models = try? AnalysisModels.bundled() else { return nil }
        return Analyzer.analyze(text: text, source: SampleArticle.sourceName, models: models)
    }

    /// The text a layout line shows, as `PlainTextPrinter` prints it.
    static func lineTexts(_ article: Article, width: Int) -> [String] {
        PlainTextPrinter.lines(article, width: width)
    }
}
