import BylineCore

/// The analysis's direct quotes for the quote pane and the quote keys, built once per analysis.
///
/// Only direct quotes (in quotation marks) are listed, styled and jumped to: an indirect quote's span is
/// the reporter's paraphrase, not words anyone said. `quotes` are in text order; the pane groups them by
/// speaker, most quoted first (then by first quote), with the quotes that have no speaker entity last
/// under "unattributed".
public struct QuoteList: Sendable {
    /// A speaker's group in the pane.
    public struct Group: Hashable, Sendable {
        /// The speaker's entity id; nil for the unattributed group.
        public var speaker: String?
        /// The heading: the speaker's name, or "unattributed".
        public var name: String
        /// Indices into `quotes`, in text order.
        public var members: [Int]
    }

    /// One row of the pane.
    public enum Row: Hashable, Sendable {
        /// A group's heading, by its index in `groups`.
        case heading(Int)
        /// A quote, by its index in `quotes`.
        case quote(Int)
    }

    /// The heading of the group of quotes with no speaker entity.
    public static let unattributed = "unattributed"

    /// The direct quotes, in text order.
    public let quotes: [Quote]
    /// The speakers' groups in pane order.
    public let groups: [Group]
    /// The pane's rows: each group's heading, then its quotes.
    public let rows: [Row]
    /// The quote indices in pane order (the order j/k move through).
    public let paneOrder: [Int]
    /// `groupIndex[i]` is the index in `groups` of quote `i`'s group.
    public let groupIndex: [Int]
    /// The quotes' ranges, to find those on a line.
    private let spans: SortedSpans
    /// The name each speaker id has in the analysis's entities.
    private let names: [String: String]
    /// The short name each speaker id gets in the article's gutter.
    private let shortNames: [String: String]
    private let article: Article

    /// The direct quotes of `analysis`, speakers named after its entities.
    public init(analysis: Analysis) {
        let quotes = analysis.quotes.filter { $0.kind == .direct }.sorted { $0.range < $1.range }
        var names: [String: String] = [:]
        var shortNames: [String: String] = [:]
        for entity in analysis.entities where names[entity.id] == nil {
            names[entity.id] = entity.name
            shortNames[entity.id] = Self.shortName(of: entity)
        }
        var members: [String?: [Int]] = [:]
        for (index, quote) in quotes.enumerated() {
            let speaker = quote.speaker.flatMap { names[$0] == nil ? nil : $0 }
            members[speaker, default: []].append(index)
        }
        let groups = members.map { speaker, indices in
            Group(speaker: speaker, name: speaker.flatMap { names[$0] } ?? Self.unattributed, members: indices)
        }.sorted { a, b in
            if (a.speaker == nil) != (b.speaker == nil) { return b.speaker == nil }
            if a.members.count != b.members.count { return a.members.count > b.members.count }
            return (a.members.first ?? 0) < (b.members.first ?? 0)
        }
        self.quotes = quotes
        self.groups = groups
        self.rows = groups.indices.flatMap { [Row.heading($0)] + groups[$0].members.map(Row.quote) }
        self.paneOrder = groups.flatMap(\.members)
        var groupIndex = Array(repeating: 0, count: quotes.count)
        for (group, members) in groups.map(\.members).enumerated() {
            for member in members {
                groupIndex[member] = group
            }
        }
        self.groupIndex = groupIndex
        self.spans = SortedSpans(sorted: quotes.map(\.range))
        self.names = names
        self.shortNames = shortNames
        self.article = analysis.article
    }

    /// The quotes that share at least one scalar with `range`, by index in `quotes`.
    public func quotes(overlapping range: TextRange) -> [Int] {
        spans.indices(overlapping: range)
    }

    /// The speaker entity's name of quote `index`, nil when it has none.
    public func speakerName(of index: Int) -> String? {
        quotes[safe: index]?.speaker.flatMap { names[$0] }
    }

    /// What the article's gutter shows beside quote `index`: the speaker's surname (a person) or name,
    /// else the text naming the speaker, else "?".
    public func shortSpeaker(of index: Int) -> String {
        guard let quote = quotes[safe: index] else { return "?" }
        if let short = quote.speaker.flatMap({ shortNames[$0] }) {
            return short
        }
        if let mention = quote.speakerMention {
            let text = Self.collapsed(article.string(mention))
            if !text.isEmpty { return text }
        }
        return "?"
    }

    /// How quote `index` was said: the cue and the addressee as the article words them ("told
    /// reporters"), or the cue alone; empty without a cue.
    public func cueText(of index: Int) -> String {
        guard let quote = quotes[safe: index], let cue = quote.cue else { return "" }
        guard let addressee = quote.addresseeMention else { return Self.collapsed(article.string(cue)) }
        if addressee.start >= cue.end, addressee.end - cue.start <= Self.joinedCueLength {
            return Self.collapsed(article.string(TextRange(start: cue.start, end: addressee.end)))
        }
        return Self.collapsed(article.string(cue)) + " " + Self.collapsed(article.string(addressee))
    }

    /// Quote `index`'s words, whitespace collapsed.
    public func text(of index: Int) -> String {
        quotes[safe: index].map { Self.collapsed(article.string($0.range)) } ?? ""
    }

    /// The pane's rows for the quotes `shown` (in pane order): each group that has any of them, its
    /// heading, then those of its quotes.
    public func rows(of shown: [Int]) -> [Row] {
        var rows: [Row] = []
        var previousGroup: Int?
        for index in shown {
            let group = groupIndex[index]
            if group != previousGroup {
                rows.append(.heading(group))
                previousGroup = group
            }
            rows.append(.quote(index))
        }
        return rows
    }

    /// Quote `index`'s words up to its first line break, whitespace collapsed.
    public func firstLine(of index: Int) -> String {
        guard let quote = quotes[safe: index] else { return "" }
        let text = article.string(quote.range)
        return Self.collapsed(String(text.prefix { !$0.isNewline }))
    }

    /// The longest cue-to-addressee span shown as the article words it ("said in an interview with
    /// the BBC"); longer ones show the cue and the addressee joined by a space.
    static let joinedCueLength = 48

    /// `entity`'s gutter name: a person's last word, else the whole name.
    private static func shortName(of entity: Entity) -> String {
        guard entity.kind == .person, let last = entity.name.split(separator: " ").last else { return entity.name }
        return String(last)
    }

    /// `text` with each run of whitespace made one space, trimmed.
    private static func collapsed(_ text: String) -> String {
        text.split(whereSeparator: \.isWhitespace).joined(separator: " ")
    }
}
