import BylineCore

/// The reader's wrapped layout as plain text, for when standard output is not a terminal: the same
/// lines, sanitized the same way, without styles.
public enum PlainTextPrinter {
    /// `article` wrapped to `width` columns (at least 1), one string per line, blank strings between
    /// paragraphs, no trailing spaces. Only the paragraphs are needed (see `Article.textOnly`).
    public static func lines(_ article: Article, width: Int) -> [String] {
        let layout = ArticleLayout(article: article, width: width)
        return layout.lines.map { line in
            var text = ""
            var column = 0
            for run in line.runs {
                text += String(repeating: " ", count: max(0, run.column - column))
                switch run.kind {
                case .text:
                    text += article.string(run.range)
                case .placeholder(let shown):
                    text.append(shown)
                case .blank:
                    text += String(repeating: " ", count: run.width)
                }
                column = run.column + run.width
            }
            return text
        }
    }
}
