import CCmark

/// Reads Markdown as an article with cmark, the CommonMark reference parser: headings, paragraphs, block
/// quotes, list items and code blocks become blocks; emphasis, strong emphasis, code spans and links
/// become inline styles over the plain text, so markup never splits a name or a quotation; raw HTML and
/// images are left out. A first level-1 heading is the title, and YAML front matter (`title`, `author`,
/// `date`, `site`, `url`) gives metadata.
public enum MarkdownReader {
    public static func read(_ markdown: String) -> ArticleText {
        let (frontMatter, bodyOffset) = MarkdownFrontMatter.read(markdown)
        let bytes = Array(markdown.utf8[markdown.utf8.index(markdown.utf8.startIndex, offsetBy: bodyOffset)...])
        var walker = MarkdownWalker(lineStarts: lineStarts(bytes), offset: bodyOffset, capacity: bytes.count)
        let document = bytes.withUnsafeBufferPointer { buffer in
            buffer.baseAddress!.withMemoryRebound(to: CChar.self, capacity: max(1, buffer.count)) {
                cmark_parse_document($0, buffer.count, CMARK_OPT_SOURCEPOS | CMARK_OPT_VALIDATE_UTF8)
            }
        }
        guard let document, !bytes.isEmpty else { return ArticleText(text: "", blocks: [], metadata: frontMatter) }
        defer { cmark_node_free(document) }
        walker.walk(document)
        var metadata = frontMatter
        var article = walker.builder.finished(metadata: metadata)
        article.blocks = BlockRoles.assign(article.blocks, scalars: Array(article.text.unicodeScalars), findsTitle: false)
        if let first = article.blocks.first, first.kind == .heading, first.level == 1 {
            metadata.title = metadata.title ?? article.string(first.range)
        }
        article.metadata = metadata
        return article.headed(by: metadata)
    }

    /// The byte offset each line starts at.
    private static func lineStarts(_ bytes: [UInt8]) -> [Int] {
        var starts = [0]
        for (index, byte) in bytes.enumerated() where byte == 0x0A { starts.append(index + 1) }
        return starts
    }
}

/// Walks cmark's node tree, writing blocks and inline styles.
struct MarkdownWalker {
    /// The byte offset of each line of the parsed text.
    let lineStarts: [Int]
    /// Where the parsed text starts in the whole input (after front matter).
    let offset: Int
    var builder: ArticleTextBuilder
    private var quoteDepth = 0
    private var listDepth = 0
    private var itemDepth = 0
    /// Images (whose alt text is not article text) and raw HTML open.
    private var skippedDepth = 0
    private var inlineStarts: [Int] = []

    init(lineStarts: [Int], offset: Int, capacity: Int) {
        self.lineStarts = lineStarts
        self.offset = offset
        self.builder = ArticleTextBuilder(capacity: capacity)
    }

    mutating func walk(_ document: OpaquePointer) {
        guard let iterator = cmark_iter_new(document) else { return }
        defer { cmark_iter_free(iterator) }
        while true {
            let event = cmark_iter_next(iterator)
            if event == CMARK_EVENT_DONE || event == CMARK_EVENT_NONE { break }
            guard let node = cmark_iter_get_node(iterator) else { continue }
            visit(node, entering: event == CMARK_EVENT_ENTER)
        }
    }

    private mutating func visit(_ node: OpaquePointer, entering: Bool) {
        let type = cmark_node_get_type(node)
        switch type {
        case CMARK_NODE_BLOCK_QUOTE: quoteDepth += entering ? 1 : -1
        case CMARK_NODE_LIST: listDepth += entering ? 1 : -1
        case CMARK_NODE_ITEM: itemDepth += entering ? 1 : -1
        case CMARK_NODE_PARAGRAPH, CMARK_NODE_HEADING:
            if !entering {
                let heading = type == CMARK_NODE_HEADING
                let kind: Block.Kind = heading ? .heading : itemDepth > 0 ? .listItem : quoteDepth > 0 ? .blockQuote : .paragraph
                let level = heading ? Int(cmark_node_get_heading_level(node)) : kind == .listItem ? listDepth : kind == .blockQuote ? quoteDepth : 0
                builder.endBlock(kind, level: level, source: source(of: node))
            }
        case CMARK_NODE_CODE_BLOCK:
            builder.append(literal(node), preformatted: true)
            builder.endBlock(.code, source: source(of: node))
        case CMARK_NODE_TEXT:
            if skippedDepth == 0 { builder.append(literal(node)) }
        case CMARK_NODE_SOFTBREAK, CMARK_NODE_LINEBREAK:
            if skippedDepth == 0 { builder.append(" ") }
        case CMARK_NODE_CODE:
            guard skippedDepth == 0 else { break }
            let start = builder.position
            builder.append(literal(node))
            builder.addInline(.code, from: start)
        case CMARK_NODE_EMPH, CMARK_NODE_STRONG, CMARK_NODE_LINK:
            guard skippedDepth == 0 else { break }
            if entering {
                inlineStarts.append(builder.position)
            } else if let start = inlineStarts.popLast() {
                let kind: InlineStyle.Kind = type == CMARK_NODE_EMPH ? .emphasis : type == CMARK_NODE_STRONG ? .strong
                    : .link(target: cmark_node_get_url(node).map { String(cString: $0) } ?? "")
                builder.addInline(kind, from: start)
            }
        case CMARK_NODE_IMAGE:
            skippedDepth += entering ? 1 : -1
        default:
            break
        }
    }

    private func literal(_ node: OpaquePointer) -> String {
        cmark_node_get_literal(node).map { String(cString: $0) } ?? ""
    }

    /// The input bytes of a block node, from its source position (lines and byte columns from 1).
    private func source(of node: OpaquePointer) -> Range<Int>? {
        let startLine = Int(cmark_node_get_start_line(node)) - 1
        let endLine = Int(cmark_node_get_end_line(node)) - 1
        guard startLine >= 0, endLine >= startLine, endLine < lineStarts.count else { return nil }
        let start = lineStarts[startLine] + max(0, Int(cmark_node_get_start_column(node)) - 1)
        let end = lineStarts[endLine] + max(0, Int(cmark_node_get_end_column(node)))
        return offset + start..<offset + max(start, end)
    }
}
