/// Writes the text of a page's content elements as blocks: paragraphs, headings, block quotes, list items,
/// captions and preformatted text, a `<br>` ending a block; emphasis, strong text, code and links kept as
/// inline styles. Dropped elements, and containers that are mostly links (lists of related stories), are
/// left out.
struct HTMLBlockWriter {
    /// Containers with more of their text in links than this are left out.
    static let maximumLinkDensity = 0.5

    let page: HTMLPage
    private var builder: ArticleTextBuilder
    private var headingLevels: [Int] = []
    private var quoteDepth = 0
    private var listDepth = 0
    private var itemDepth = 0
    private var captionDepth = 0
    private var preformattedDepth = 0
    /// Open inline elements and where their text starts.
    private var inlineStarts: [(element: Int, start: Int)] = []

    init(page: HTMLPage) {
        self.page = page
        self.builder = ArticleTextBuilder(capacity: page.text.count)
    }

    /// The text of `elements` (content roots, in document order), with `metadata`.
    static func write(_ elements: [Int], of page: HTMLPage, metadata: ArticleMetadata) -> ArticleText {
        var writer = HTMLBlockWriter(page: page)
        for element in elements { writer.write(element) }
        writer.builder.endBlock(writer.currentKind.kind, level: writer.currentKind.level)
        return writer.builder.finished(metadata: metadata)
    }

    private mutating func write(_ root: Int) {
        var index = page.elements[root].openEvent
        let end = page.elements[root].closeEvent
        while index <= end {
            switch page.events[index] {
            case .open(let element):
                if isLeftOut(page.elements[element]) {
                    index = page.elements[element].closeEvent
                } else {
                    open(element)
                }
            case .close(let element):
                close(element)
            case .text(let range, let source):
                builder.append(page.text[range], source: source, preformatted: preformattedDepth > 0)
            }
            index += 1
        }
    }

    private func isLeftOut(_ element: HTMLElement) -> Bool {
        if element.isDropped { return true }
        switch element.tag {
        case .ul, .ol, .div, .section, .table, .dl:
            return element.linkDensity > Self.maximumLinkDensity
        case .p:
            return element.linkDensity > 0.9
        default:
            return false
        }
    }

    private mutating func open(_ element: Int) {
        let tag = page.elements[element].tag
        if tag.isBlock { flush() }
        switch tag {
        case .heading(let level): headingLevels.append(level)
        case .blockquote: quoteDepth += 1
        case .ul, .ol: listDepth += 1
        case .li, .dd, .dt: itemDepth += 1
        case .figcaption, .caption: captionDepth += 1
        case .pre: preformattedDepth += 1
        case .a, .em, .strong, .code: inlineStarts.append((element, builder.position))
        default: break
        }
    }

    private mutating func close(_ element: Int) {
        let tag = page.elements[element].tag
        if tag.isBlock { flush() }
        switch tag {
        case .heading: headingLevels.removeLast()
        case .blockquote: quoteDepth -= 1
        case .ul, .ol: listDepth -= 1
        case .li, .dd, .dt: itemDepth -= 1
        case .figcaption, .caption: captionDepth -= 1
        case .pre: preformattedDepth -= 1
        case .a, .em, .strong, .code:
            guard let open = inlineStarts.lastIndex(where: { $0.element == element }) else { return }
            let start = inlineStarts[open].start
            inlineStarts.remove(at: open)
            switch tag {
            case .a: builder.addInline(.link(target: page.elements[element].attributes["href"] ?? ""), from: start)
            case .em: builder.addInline(.emphasis, from: start)
            case .strong: builder.addInline(.strong, from: start)
            default: builder.addInline(.code, from: start)
            }
        default: break
        }
    }

    /// Ends the block being written, as what the open elements make it.
    private mutating func flush() {
        let (kind, level) = currentKind
        builder.endBlock(kind, level: level)
    }

    /// The kind of block the open elements make: a heading, caption, code, list item or block quote when
    /// inside one (in that order), else a paragraph.
    private var currentKind: (kind: Block.Kind, level: Int) {
        if let level = headingLevels.last { return (.heading, level) }
        if captionDepth > 0 { return (.caption, 0) }
        if preformattedDepth > 0 { return (.code, 0) }
        if itemDepth > 0 { return (.listItem, max(1, listDepth)) }
        if quoteDepth > 0 { return (.blockQuote, quoteDepth) }
        return (.paragraph, 0)
    }
}
