import BylineCore

/// Everything the reader shows, as a value: the open articles (each with its own place, selections and
/// search, see `ArticleView`), which one is shown, the terminal size, the focused pane, the key mode
/// (reading, a prompt, the help, a command) with the keys typed so far, and the status line's messages.
/// Only `update` changes it.
///
/// The article shown's text, lists and place are reachable directly (`analysis`, `layout`, `top`, …); its
/// lists' scroll and selection, target, filter and pending analysis are its own (`article.entities`,
/// `article.target`, …), with no second name here.
public struct AppState: Sendable {
    /// Terminal sides beyond this are taken as this, so arithmetic on sizes cannot overflow.
    public static let maximumSide = 10_000

    /// The key bindings in force.
    public let keymap: Keymap
    /// The widest the article is wrapped (the config's `wrap-width`); nil for the pane's width.
    public let wrapLimit: Int?
    /// The panes shown, in `Pane` order, the article always first (the config's `panes`; `z` and a
    /// pane's number shows or hides one).
    public internal(set) var panes: [Pane]
    /// The open articles, in the order they were named.
    public internal(set) var articles: [ArticleView]
    /// The index in `articles` of the one shown.
    public internal(set) var current: Int
    /// The terminal's width in cells.
    public internal(set) var width: Int
    /// The terminal's height in cells.
    public internal(set) var height: Int
    /// The pane keys go to (the one shown, in the tabbed layout).
    public internal(set) var focus: Pane
    /// Which key table is in force.
    public internal(set) var mode: KeyMode
    /// The search or filter prompt, while `mode` is `.prompt`.
    public internal(set) var prompt: Prompt?
    /// The first row of the help shown, while `mode` is `.help`.
    public internal(set) var helpTop: Int
    /// The article list's scroll and selection (an index into `articles`), while `mode` is `.articles`.
    public internal(set) var articleList: ListState<Int>
    /// Keys typed that wait for more (a count, the start of a sequence, a key awaiting its argument).
    var pending: PendingKeys?
    /// What `n`/`N` repeat.
    public internal(set) var sought: Sought
    /// The last search, which every article shown from then on is searched for as well.
    public internal(set) var lastSearch: (query: SearchQuery, isForward: Bool)?
    /// The texts searched for, oldest first, for the prompt's ↑/↓.
    public internal(set) var searchHistory: [String]
    /// A problem to show in the status line (in `ui.message.error`) until the next key: a theme that
    /// would not load, models that would not. Each is said again on exit, and makes the exit status non-zero.
    public internal(set) var errorMessage: String?
    /// A note for the status line until the next key (`=`, a copied quote, a pattern not found).
    public internal(set) var note: String?

    /// What `n`/`N` go to.
    public enum Sought: Hashable, Sendable {
        /// The selected entity's mentions.
        case mentions
        /// The search's matches.
        case matches
    }

    /// The reader at the top of `analysis` on a `width` x `height` terminal, the article focused and no
    /// entity selected.
    public init(analysis: Analysis, width: Int, height: Int, keymap: Keymap = .reader) {
        self.init(analyses: [analysis], width: width, height: height, keymap: keymap)
    }

    /// The reader on `analyses` (at least one), showing the first, wrapping at most `wrapLimit` wide.
    /// The reader on `analyses` (at least one), showing the first, wrapping at most `wrapLimit` wide, with
    /// `panes` shown beside the article.
    public init(analyses: [Analysis], width: Int, height: Int, keymap: Keymap = .reader, wrapLimit: Int? = nil,
                panes: [Pane] = Pane.allCases) {
        self.keymap = keymap
        self.wrapLimit = wrapLimit
        self.width = Self.clamped(width)
        self.height = Self.clamped(height)
        let shown = ReaderGeometry(width: 0, height: 0, panes: panes).panes
        self.panes = shown
        let (w, h) = (self.width, self.height)
        let all = analyses.isEmpty ? [Analysis(source: "", article: .textOnly(""))] : analyses
        self.articles = all.enumerated().map { index, analysis in
            ArticleView(id: index + 1, analysis: analysis) {
                min(Self.textWidth(width: w, height: h, panes: shown, hasQuotes: $0), wrapLimit ?? .max)
            }
        }
        self.current = 0
        self.focus = .article
        self.mode = .normal
        self.prompt = nil
        self.helpTop = 0
        self.articleList = ListState()
        self.pending = nil
        self.sought = .mentions
        self.searchHistory = []
        self.lastSearch = nil
        self.errorMessage = nil
        self.note = nil
        layOutPage()
    }

    /// The article shown.
    public internal(set) var article: ArticleView {
        get { articles[current] }
        _modify { yield &articles[current] }
        set { articles[current] = newValue }
    }

    /// Whether the help overlay is open.
    public var isHelpShown: Bool { mode == .help }

    // The article shown's parts, for the code that works on it.
    public var analysis: Analysis { article.analysis }
    public var entityList: EntityList { article.entityList }
    public var highlights: MentionHighlights { article.highlights }
    public var quoteList: QuoteList { article.quoteList }
    public var relationList: RelationList { article.relationList }
    public internal(set) var layout: ArticleLayout {
        get { article.layout }
        _modify { yield &article.layout }
        set { article.layout = newValue }
    }
    /// The index of the first line shown, always within `0...maxTop`.
    public internal(set) var top: Int {
        get { article.top }
        set { article.top = newValue }
    }
    /// The index, among the selected entity's mentions, of the one `n`/`N` went to last.
    public var currentMention: Int? {
        if case .mention(let index) = article.target { return index }
        return nil
    }

    /// The index in `quoteList.quotes` of the quote `]`/`[`/`}`/`{` or Enter in the quote pane went to
    /// last; it is styled `quote.current` and named in the status line.
    public var currentQuote: Int? {
        if case .quote(let index) = article.target { return index }
        return nil
    }

    /// The evidence Enter in the relation pane went to last, highlighted in the article.
    public var currentEvidence: TextRange? {
        if case .evidence(let range) = article.target { return range }
        return nil
    }

    /// The index among the search's matches of the one the reader went to last.
    public var currentMatch: Int? {
        if case .match(let index) = article.target { return index }
        return nil
    }

    /// Where the parts of the screen go for the current size.
    public var geometry: ReaderGeometry { ReaderGeometry(width: width, height: height, panes: panes) }

    /// The number of article lines one screen shows (of the minimum size while the terminal is smaller).
    public var pageHeight: Int { usableGeometry.content(of: .article).height }

    /// The largest `top`: the one that shows the last lines on the last page (of the lines laid out so
    /// far, which always reach past the page shown: see `layOutPage()`).
    public var maxTop: Int { max(0, layout.lines.count - pageHeight) }

    /// The number of entity pane rows one screen shows (of the minimum size while the terminal is smaller).
    public var entityPageHeight: Int {
        usableGeometry.content(of: .entities).height
    }

    /// The number of quote pane rows one screen shows (of the minimum size while the terminal is smaller).
    public var quotePageHeight: Int {
        usableGeometry.content(of: .quotes).height
    }

    /// The selected entity, its mentions sorted by position.
    public var selectedEntity: Entity? { entityList.entity(id: article.entities.selected) }

    static func clamped(_ side: Int) -> Int { min(max(0, side), maximumSide) }

    /// The geometry wrapping and paging use: the real one, or the minimum size's while the terminal is
    /// too small to draw in.
    static func usableGeometry(width: Int, height: Int, panes: [Pane]) -> ReaderGeometry {
        ReaderGeometry(width: max(width, ReaderGeometry.minimumWidth), height: max(height, ReaderGeometry.minimumHeight),
                       panes: panes)
    }

    /// The geometry wrapping and paging use at the current size and panes.
    var usableGeometry: ReaderGeometry { Self.usableGeometry(width: width, height: height, panes: panes) }

    /// The width the article is wrapped to on a `width` x `height` terminal showing `panes`, leaving room
    /// for the speaker gutter when the article `hasQuotes`.
    static func textWidth(width: Int, height: Int, panes: [Pane], hasQuotes: Bool) -> Int {
        let area = usableGeometry(width: width, height: height, panes: panes).content(of: .article)
        return ArticlePane.textArea(in: area, hasQuotes: hasQuotes).width
    }

    /// The width an article with or without quotes is wrapped to at the current size.
    func wrapWidth(hasQuotes: Bool) -> Int {
        min(Self.textWidth(width: width, height: height, panes: panes, hasQuotes: hasQuotes), wrapLimit ?? .max)
    }
}

/// Keys typed that wait for more: a count (`5` of `5j`), the start of a sequence (`]` of `]]`), or a
/// key waiting for its argument (`m` of `ma`). A key that is bound on its own and also starts a longer
/// sequence acts at once; `before` keeps the reader as it was, to go back to if the longer sequence
/// (or a count) follows.
struct PendingKeys: Sendable {
    /// The largest count kept.
    static let maximumCount = 1_000_000

    var keys: [Key] = []
    var count: Int?
    /// An action waiting for a character.
    var argumentFor: Action?
    /// The reader before the keys acted, if they did (at most one element: an array, as a struct
    /// cannot hold itself).
    var before: [AppState] = []
    /// Whether `count` is a digit that acted as a pane key: only another digit makes it a count.
    var isPaneKey = false

    /// How the status line shows the keys typed so far: "5", "]", "m".
    var shown: String {
        (count.map(String.init) ?? "") + keys.map(\.label).joined()
    }
}
