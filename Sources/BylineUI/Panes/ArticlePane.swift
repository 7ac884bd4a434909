import BylineCore

/// The article's wrapped text, from a given line down, with a one-column margin on each side where the
/// area is wide enough. Text is drawn in the scope `text`, control-character stand-ins in
/// `ui.placeholder`.
public struct ArticlePane: Sendable {
    /// Areas narrower than this get no margins.
    public static let marginMinimumWidth = 12

    public let article: Article
    public let layout: ArticleLayout
    /// The index of the first line shown.
    public let top: Int

    public init(article: Article, layout: ArticleLayout, top: Int) {
        self.article = article
        self.layout = layout
        self.top = top
    }

    /// The part of `area` the text goes in: `area` less the margins.
    public static func textArea(in area: Rect) -> Rect {
        area.width >= marginMinimumWidth ? area.inset(columns: 1, rows: 0) : area
    }

    /// Draws the lines from `top` down into `area`, margins and rows past the end in `text`.
    public func render(into buffer: inout Buffer, area: Rect, theme: Theme) {
        let textStyle = theme.style(for: "text")
        let placeholderStyle = theme.style(for: "ui.placeholder")
        buffer.fill(area, style: textStyle)
        let text = Self.textArea(in: area)
        guard top >= 0 else { return }
        for row in 0..<text.height {
            let index = top + row
            guard index < layout.lines.count else { break }
            let y = text.y + row
            for run in layout.lines[index].runs {
                let x = text.x + run.column
                switch run.kind {
                case .text:
                    buffer.write(article.string(run.range), x: x, y: y, style: textStyle, clip: text)
                case .placeholder(let shown):
                    buffer.write(String(shown), x: x, y: y, style: placeholderStyle, clip: text)
                case .blank:
                    break
                }
            }
        }
    }
}
