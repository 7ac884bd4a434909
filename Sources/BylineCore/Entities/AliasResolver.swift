/// Groups an article's named mentions into referents, one per real-world thing.
///
/// - The same name (after the gazetteer's aliases: "U.S." and "America" are "United States") is the same
///   referent.
/// - A person's shorter name ("Merkel", "Angela") joins the fuller name it is part of ("Angela Merkel").
///   When two people of the article share it ("John Smith", "Jane Smith"), "Smith" goes to the one
///   mentioned most recently, or, before either is mentioned, to the first one mentioned after it: news
///   reintroduces a namesake by full name, so the latest full name is the usual reading.
/// - An acronym joins the name whose initials it spells ("UN" / "United Nations", "XYZ" / "Xxx Yyy Zzz"),
///   and one in parentheses right after a name joins that name.
/// - An organization's first word(s) join its full name ("Lumen" / "Lumen Energy"), as an organization
///   even where the recognizer took them for a person ("shares of Lumen").
/// - A possessive ("Merkel's") is its name: the clitic is left off the mention.
enum AliasResolver {
    /// One named mention made ready for grouping.
    struct Candidate {
        var range: TextRange
        var kind: EntityKind
        /// The name as written, possessive removed.
        var text: String
        /// The grouping key: the canonical name, lowercased, without a leading "the".
        var key: String
        /// The words of the name without a leading "the".
        var words: [String]
    }

    /// The referents of the mentions, in order of first mention.
    static func resolve(_ mentions: [NamedMention], document: Document, gazetteer: Gazetteer) -> [Referent] {
        let candidates = mentions.sorted { $0.range < $1.range }.compactMap { candidate($0, document: document, gazetteer: gazetteer) }
        let aliases = AliasIndex(candidates)
        var order: [String] = []
        var referents: [String: Referent] = [:]
        let names = PersonNameIndex(personNames(candidates))
        var lastSeen: [String: Int] = [:]
        var recent: [String: RecentNames] = [:]
        for (position, mention) in candidates.enumerated() {
            var vote = mention.kind
            var target = personTarget(mention, names: names, recent: recent, lastSeen: lastSeen, gazetteer: gazetteer)
                ?? acronymTarget(mention, previous: position > 0 ? candidates[position - 1] : nil, aliases: aliases, document: document,
                                 gazetteer: gazetteer)
            if target == nil, let organization = organizationTarget(mention, aliases: aliases, gazetteer: gazetteer) {
                (target, vote) = (organization, .organization)
            }
            let key = target ?? mention.key
            if referents[key] == nil {
                order.append(key)
                referents[key] = Referent()
            }
            referents[key]?.mentions.append(Mention(range: mention.range, form: .name))
            referents[key]?.kindVotes[vote, default: 0] += 1
            referents[key]?.offer(name: mention.text, kind: vote)
            if let canonical = gazetteer.canonicalNames[Gazetteer.normalize(withoutArticle(mention.text))] {
                referents[key]?.offer(name: canonical, kind: vote)
            }
            lastSeen[key] = mention.range.start
            if let name = names.position(ofKey: key) {
                for part in names.maximalParts[name] {
                    if recent[part] == nil { recent[part] = RecentNames(latest: name) } else { recent[part]?.record(name) }
                }
            }
        }
        return order.compactMap { referents[$0] }
    }

    /// Prepares a mention: possessive off, key computed. Nil for a mention with no word left.
    static func candidate(_ mention: NamedMention, document: Document, gazetteer: Gazetteer) -> Candidate? {
        var range = mention.range
        var tokens = document.tokens(in: range)
        while let last = tokens.last, tokens.count > 1, isPossessive(document.text(last)) {
            tokens = tokens.lowerBound..<last
            range = TextRange(start: range.start, end: document.article.tokens[last - 1].range.end)
        }
        let text = document.article.string(range)
        var words = tokens.map { document.text($0) }.filter { !isPossessive($0) }
        if words.count > 1, words.first?.lowercased() == "the" { words.removeFirst() }
        guard !words.isEmpty else { return nil }
        let bare = Gazetteer.normalize(withoutArticle(text))
        let canonical = gazetteer.canonicalNames[bare] ?? gazetteer.canonicalNames[Gazetteer.normalize(text)] ?? bare
        return Candidate(range: range, kind: mention.kind, text: text, key: canonical.lowercased(), words: words)
    }

    /// The text without a leading "the ".
    static func withoutArticle(_ text: String) -> String {
        let lower = text.lowercased()
        guard lower.hasPrefix("the "), text.count > 4 else { return text }
        return String(text.dropFirst(4))
    }

    /// Whether a token is the possessive clitic ("'s", "’s") or a bare apostrophe.
    static func isPossessive(_ word: String) -> Bool {
        ["'s", "’s", "'", "’", "'S", "’S"].contains(word)
    }
}
