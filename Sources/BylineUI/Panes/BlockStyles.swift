import BylineCore

/// The styles of an article's blocks and inline markup, the lowest decoration layer of the article pane: the title
/// and headings in `ui.heading`; the byline, dateline and captions in `ui.byline`; emphasis italic and
/// strong text bold.
struct BlockStyles {
    let heading: Style
    let byline: Style

    init(theme: Theme) {
        heading = theme.style(for: "ui.heading")
        byline = theme.style(for: "ui.byline")
    }

    /// The style of a block of `kind`, or nil for blocks drawn as plain text.
    func style(for kind: Block.Kind) -> Style? {
        switch kind {
        case .title, .heading: heading
        case .byline, .dateline, .caption: byline
        case .paragraph, .blockQuote, .listItem, .code: nil
        }
    }

    /// The decorations of one laid-out line: its block's style over the whole line, then the inline
    /// markup on it.
    /// `inlines` are the article's inline styles' ranges, in the order of `article.inlines`.
    func decorations(on line: ArticleLayout.Line, lineRange: TextRange, article: Article, inlines: SortedSpans) -> [Decoration] {
        var found: [Decoration] = []
        if line.paragraph < article.blocks.count, let style = style(for: article.blocks[line.paragraph].kind) {
            found.append(Decoration(range: lineRange, style: style, layer: .block))
        }
        for inline in inlines.indices(overlapping: lineRange).map({ article.inlines[$0] }) {
            switch inline.kind {
            case .emphasis: found.append(Decoration(range: inline.range, style: Style(attributes: .italic), layer: .block))
            case .strong: found.append(Decoration(range: inline.range, style: Style(attributes: .bold), layer: .block))
            case .code, .link: break
            }
        }
        return found
    }
}
