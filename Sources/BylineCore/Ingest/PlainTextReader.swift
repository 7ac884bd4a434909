/// Reads a plain-text article: its paragraphs (`ParagraphSplitter`, hard-wrapped lines reflowed) as
/// blocks, with the title, byline and dateline found by `BlockRoles` and rows of results or rankings
/// as list items (`LayoutLines`). The text is kept exactly as given.
public enum PlainTextReader {
    public static func read(_ text: String) -> ArticleText {
        let scalars = text.scalarArray
        let blocks = ParagraphSplitter.paragraphs(in: scalars).map { Block(range: $0, kind: .paragraph) }
        return ArticleText(text: text, blocks: LayoutLines.split(BlockRoles.assign(blocks, scalars: scalars, findsTitle: true), scalars: scalars))
    }
}
