import BylineCore

/// Everything the reader shows, as a value: the analysis, the terminal size, the article wrapped for
/// that size, where it is scrolled to, which pane has focus, the entity and quote selections and whether
/// help is open. Only `update` changes it.
public struct AppState: Sendable {
    /// Terminal sides beyond this are taken as this, so arithmetic on sizes cannot overflow.
    public static let maximumSide = 10_000

    public let analysis: Analysis
    /// The key bindings in force.
    public let keymap: Keymap
    /// The analysis's entities in the entity pane's order.
    public let entityList: EntityList
    /// The name mentions to highlight by kind.
    public let highlights: MentionHighlights
    /// The direct quotes, in text order and grouped by speaker.
    public let quoteList: QuoteList
    /// The relations, to list per entity.
    public let relationList: RelationList
    /// The terminal's width in cells.
    public internal(set) var width: Int
    /// The terminal's height in cells.
    public internal(set) var height: Int
    /// The article wrapped to the text width of the current size (of the minimum size while the
    /// terminal is smaller than that).
    public internal(set) var layout: ArticleLayout
    /// The index of the first line shown, always within `0...maxTop`.
    public internal(set) var top: Int
    /// Whether the help overlay is open.
    public internal(set) var isHelpShown: Bool
    /// The pane keys go to (the one shown, in the tabbed layout).
    public internal(set) var focus: Pane
    /// The kind the entity pane shows; nil for all.
    public internal(set) var entityFilter: EntityKind?
    /// The id of the selected entity, whose mentions are highlighted; always one the pane shows.
    public internal(set) var selectedEntityID: String?
    /// The index, among the selected entity's mentions, of the one `n`/`N` went to last.
    public internal(set) var currentMention: Int?
    /// The index of the entity pane's first row shown.
    public internal(set) var entityTop: Int
    /// The index in `quoteList.quotes` of the quote `]`/`[`/`}`/`{` or Enter in the quote pane went to
    /// last; it is styled `quote.current` and named in the status line.
    public internal(set) var currentQuote: Int?
    /// The index in `quoteList.quotes` of the quote pane's selected quote.
    public internal(set) var selectedQuote: Int?
    /// The index of the quote pane's first row shown.
    public internal(set) var quoteTop: Int
    /// The analysis the reader waits for; nil once it has arrived (or failed).
    public internal(set) var pendingAnalysis: PendingAnalysis?
    /// A problem to show in the status line (in `ui.message.error`) until the next key: a theme that
    /// would not load, models that would not.
    public internal(set) var errorMessage: String?
    /// The id of the relation pane's selected relation; it only counts while it is one of the pane's
    /// entries (see `selectedRelationPosition`).
    public internal(set) var selectedRelationID: String?
    /// The evidence Enter in the relation pane went to last, highlighted in the article until another
    /// jump or selection.
    public internal(set) var currentEvidence: TextRange?
    /// The scalar offset the reader is at: the start of the top line when the user last scrolled.
    /// Re-wrapping after a resize scrolls to the line that holds it, so resizing back and forth
    /// doesn't drift.
    var anchor: Int

    /// The reader at the top of `analysis` on a `width` x `height` terminal, the article focused and no
    /// entity selected.
    public init(analysis: Analysis, width: Int, height: Int, keymap: Keymap = .reader) {
        self.init(analysis: analysis, width: width, height: height, keymap: keymap, reusing: nil)
    }

    /// As `init(analysis:width:height:keymap:)`, taking `layout` as the wrapped text if it was wrapped to
    /// the width this state wraps to.
    init(analysis: Analysis, width: Int, height: Int, keymap: Keymap, reusing layout: ArticleLayout?) {
        self.analysis = analysis
        self.keymap = keymap
        self.entityList = EntityList(analysis.entities)
        self.highlights = MentionHighlights(entities: analysis.entities)
        self.quoteList = QuoteList(analysis: analysis)
        self.relationList = RelationList(analysis: analysis)
        self.width = Self.clamped(width)
        self.height = Self.clamped(height)
        let textWidth = Self.textWidth(width: self.width, height: self.height, hasQuotes: !quoteList.quotes.isEmpty)
        self.layout = layout.flatMap { $0.width == textWidth ? $0 : nil }
            ?? ArticleLayout(article: analysis.article, width: textWidth)
        self.top = 0
        self.isHelpShown = false
        self.focus = .article
        self.entityFilter = nil
        self.selectedEntityID = nil
        self.currentMention = nil
        self.entityTop = 0
        self.currentQuote = nil
        self.selectedQuote = nil
        self.quoteTop = 0
        self.pendingAnalysis = nil
        self.errorMessage = nil
        self.selectedRelationID = nil
        self.currentEvidence = nil
        self.anchor = 0
    }

    /// Where the parts of the screen go for the current size.
    public var geometry: ReaderGeometry { ReaderGeometry(width: width, height: height) }

    /// The number of article lines one screen shows (of the minimum size while the terminal is smaller).
    public var pageHeight: Int { Self.usableGeometry(width: width, height: height).content(of: .article).height }

    /// The largest `top`: the one that shows the last lines on the last page.
    public var maxTop: Int { max(0, layout.lines.count - pageHeight) }

    /// The number of entity pane rows one screen shows (of the minimum size while the terminal is smaller).
    public var entityPageHeight: Int {
        Self.usableGeometry(width: width, height: height).content(of: .entities).height
    }

    /// The number of quote pane rows one screen shows (of the minimum size while the terminal is smaller).
    public var quotePageHeight: Int {
        Self.usableGeometry(width: width, height: height).content(of: .quotes).height
    }

    /// The selected entity, its mentions sorted by position.
    public var selectedEntity: Entity? { entityList.entity(id: selectedEntityID) }

    static func clamped(_ side: Int) -> Int { min(max(0, side), maximumSide) }

    /// The geometry wrapping and paging use: the real one, or the minimum size's while the terminal is
    /// too small to draw in.
    static func usableGeometry(width: Int, height: Int) -> ReaderGeometry {
        ReaderGeometry(width: max(width, ReaderGeometry.minimumWidth), height: max(height, ReaderGeometry.minimumHeight))
    }

    /// Where the article's lines go on a `width` x `height` terminal, leaving room for the speaker
    /// gutter when the article `hasQuotes`.
    static func articleTextArea(width: Int, height: Int, hasQuotes: Bool) -> Rect {
        ArticlePane.textArea(in: usableGeometry(width: width, height: height).content(of: .article), hasQuotes: hasQuotes)
    }

    /// The width the article is wrapped to on a `width` x `height` terminal.
    static func textWidth(width: Int, height: Int, hasQuotes: Bool) -> Int {
        articleTextArea(width: width, height: height, hasQuotes: hasQuotes).width
    }
}
