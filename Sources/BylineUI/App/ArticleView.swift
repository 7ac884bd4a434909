import BylineCore

/// One open article as the reader shows it: its analysis and the lists made from it once, its text
/// wrapped for the current size, where it is scrolled to, each list pane's scroll and selection, the one
/// current target, its search and its marks. Switching articles keeps each one's place.
public struct ArticleView: Sendable {
    /// The reader's number for the article, carried by its analysis job and the job's outcome.
    public let id: Int
    public private(set) var analysis: Analysis
    /// The analysis's entities in the entity pane's order.
    public private(set) var entityList: EntityList
    /// The name mentions to highlight by kind.
    public private(set) var highlights: MentionHighlights
    /// The direct quotes, in text order and grouped by speaker.
    public private(set) var quoteList: QuoteList
    /// The relations, to list per entity.
    public private(set) var relationList: RelationList
    /// The text wrapped to the article pane's width.
    public internal(set) var layout: ArticleLayout
    /// The index of the first line shown.
    public internal(set) var top: Int
    /// The scalar offset the reader is at: the start of the top line when the user last scrolled.
    /// Re-wrapping after a resize scrolls to the line that holds it, so resizing back and forth
    /// doesn't drift.
    var anchor: Int
    /// The entity pane: the selected entity's id, whose mentions are highlighted.
    public internal(set) var entities: ListState<String>
    /// The quote pane: the selected quote's index in `quoteList.quotes`.
    public internal(set) var quotes: ListState<Int>
    /// The relation pane: the selected relation's id (it only counts while it is one of the pane's entries).
    public internal(set) var relations: ListState<String>
    /// The kind the entity pane shows; nil for all.
    public private(set) var entityFilter: EntityKind?
    /// The text the entity and quote lists are filtered by (`&`); nil for none.
    public private(set) var listFilter: SearchQuery?
    /// The entity pane's entities under the filters, as indices into `entityList.entities`.
    public private(set) var shownEntities: [Int]
    /// The entity pane's rows under the filters.
    public private(set) var entityRows: [EntityList.Row]
    /// The quote pane's rows under the text filter.
    public private(set) var quoteRows: [QuoteList.Row]
    /// The quote pane's quotes under the text filter, in pane order.
    public private(set) var quoteOrder: [Int]
    /// Where the reader went last.
    public internal(set) var target: Target?
    /// The search in this article, if any.
    public internal(set) var search: Search?
    /// The places marked with `m` + letter, as scalar offsets.
    public internal(set) var marks: [Character: Int]
    /// The analysis the reader waits for; nil once it has arrived (or failed).
    public internal(set) var pendingAnalysis: PendingAnalysis?

    /// `analysis` at the top, nothing selected, wrapped to the width `wrapWidth` gives for an article
    /// with or without quotes (its first step laid out, see `ArticleLayout`); `layout` is kept if it was
    /// wrapped to that width.
    init(id: Int, analysis: Analysis, wrapWidth: (_ hasQuotes: Bool) -> Int, reusing layout: ArticleLayout? = nil) {
        self.id = id
        self.analysis = analysis
        self.entityList = EntityList(analysis.entities)
        self.highlights = MentionHighlights(entities: analysis.entities)
        self.quoteList = QuoteList(analysis: analysis)
        self.relationList = RelationList(analysis: analysis)
        let width = wrapWidth(!quoteList.quotes.isEmpty)
        self.layout = layout.flatMap { $0.width == width ? $0 : nil }
            ?? ArticleLayout(article: analysis.article, width: width, lineCount: 0)
        self.top = 0
        self.anchor = 0
        self.entities = ListState()
        self.quotes = ListState()
        self.relations = ListState()
        self.entityFilter = nil
        self.listFilter = nil
        self.shownEntities = []
        self.entityRows = []
        self.quoteRows = []
        self.quoteOrder = []
        self.target = nil
        self.search = nil
        self.marks = [:]
        self.pendingAnalysis = nil
        refilter()
    }

    /// The number of speakers of its direct quotes.
    public var speakerCount: Int { quoteList.groups.filter { $0.speaker != nil }.count }

    /// Whether the article has direct quotes (and so a speaker gutter where there is room).
    public var hasQuotes: Bool { !quoteList.quotes.isEmpty }

    /// The article's title for lists: the one its ingest found, else its first paragraph's first line,
    /// whitespace collapsed.
    public var title: String {
        if let title = analysis.title ?? analysis.article.title, !title.isEmpty { return title }
        let article = analysis.article
        guard let first = article.paragraphs.first(where: { !$0.isEmpty }) else { return analysis.source }
        let text = article.string(first).split(whereSeparator: \.isNewline).first.map(String.init) ?? ""
        return text.split(whereSeparator: \.isWhitespace).joined(separator: " ")
    }

    /// The same article with a new analysis of it: scroll, search and marks kept, selections started
    /// afresh (the entities are new); with `sameText`, the wrapped lines are kept if their width fits.
    func replacingAnalysis(with analysis: Analysis, sameText: Bool, wrapWidth: (_ hasQuotes: Bool) -> Int) -> ArticleView {
        var next = ArticleView(id: id, analysis: analysis, wrapWidth: wrapWidth, reusing: sameText ? layout : nil)
        next.anchor = anchor
        next.layout.extend(through: anchor, extraLines: 0, in: analysis.article)
        next.top = next.layout.lineIndex(containing: anchor)
        next.marks = marks
        next.pendingAnalysis = pendingAnalysis
        next.entityFilter = entityFilter
        next.listFilter = listFilter
        if let search {
            next.search = Search(query: search.query, isForward: search.isForward, in: analysis.article)
        }
        next.refilter()
        return next
    }

    /// Shows only entities of `kind` (all for nil) in the entity pane.
    mutating func setEntityFilter(_ kind: EntityKind?) {
        entityFilter = kind
        refilter()
    }

    /// Filters the entity pane (by name) and the quote pane (by quote, speaker or cue) by `query`.
    mutating func setListFilter(_ query: SearchQuery?) {
        listFilter = query
        refilter()
    }

    /// Works out the lists' rows under the filters: once per change, not once per frame.
    private mutating func refilter() {
        shownEntities = entityList.shown(filter: entityFilter).filter { index in
            listFilter?.isFound(in: entityList.entities[index].name) ?? true
        }
        entityRows = entityList.rows(shown: shownEntities)
        quoteOrder = quoteList.paneOrder.filter { index in
            guard let listFilter else { return true }
            return listFilter.isFound(in: quoteList.text(of: index))
                || listFilter.isFound(in: quoteList.speakerName(of: index) ?? "")
                || listFilter.isFound(in: quoteList.cueText(of: index))
        }
        quoteRows = quoteList.rows(of: quoteOrder)
    }
}
