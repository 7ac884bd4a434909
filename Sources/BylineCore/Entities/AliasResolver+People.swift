extension AliasResolver {
    /// A person's full name in the article: its key and words, and where it first appears.
    struct FullName {
        var key: String
        var words: [String]
        var first: Int
    }

    /// Generational suffixes that are not the surname.
    static let nameSuffixes: Set<String> = ["jr.", "jr", "sr.", "sr", "ii", "iii", "iv"]

    /// Every distinct multi-word person name, in order of first appearance.
    static func personNames(_ candidates: [Candidate]) -> [FullName] {
        var names: [FullName] = []
        var seen: Set<String> = []
        for candidate in candidates where candidate.kind == .person && candidate.words.count > 1 && !seen.contains(candidate.key) {
            seen.insert(candidate.key)
            names.append(FullName(key: candidate.key, words: candidate.words.map { $0.lowercased() }, first: candidate.range.start))
        }
        return names
    }

    /// The key of the fuller person name a mention is part of, if any: of the maximal full names it fits,
    /// the one mentioned most recently (`recent` for a one-word name, `lastSeen` otherwise), else the
    /// first to appear.
    static func personTarget(_ mention: Candidate, names: PersonNameIndex, recent: [String: RecentNames], lastSeen: [String: Int],
                             gazetteer: Gazetteer) -> String? {
        guard mayBePersonName(mention, gazetteer: gazetteer) else { return nil }
        let words = mention.words.map { $0.lowercased() }
        guard let lastWord = words.last else { return nil }
        if words.count == 1 {
            // The first other name, found without filtering them all: a surname thousands share would
            // make every mention of it cost as much as the names that share it.
            guard let first = names.maximal(forPart: lastWord).first(where: { names.names[$0].key != mention.key }) else {
                return nil
            }
            let latest = recent[lastWord].flatMap { $0.latest(excludingKey: mention.key, in: names) }
            return names.names[latest ?? first].key
        }
        let matches = names.candidates(endingWith: lastWord, longerThan: words.count).map { names.names[$0] }.filter {
            $0.key != mention.key && isPart(words, of: $0.words)
        }
        let maximal = matches.filter { match in
            !matches.contains { $0.words.count > match.words.count && isPart(match.words, of: $0.words) }
        }
        guard !maximal.isEmpty else { return nil }
        let before = maximal.compactMap { name in lastSeen[name.key].map { (name, $0) } }
        if let recent = before.max(by: { $0.1 < $1.1 }) { return recent.0.key }
        return maximal.min { $0.first < $1.first }?.key
    }

    /// The two full names last mentioned that are maximal for one one-word part: the latest, and the one
    /// before it, which answers when the latest is the mention's own name.
    struct RecentNames {
        var latest: Int
        var previous: Int?

        /// Records a mention of the full name at `position`.
        mutating func record(_ position: Int) {
            guard position != latest else { return }
            previous = latest
            latest = position
        }

        /// The latest of the two whose key is not `key`.
        func latest(excludingKey key: String, in names: PersonNameIndex) -> Int? {
            names.names[latest].key != key ? latest : previous
        }
    }

    /// Whether a mention can be a person's name: the recognizer says person, or it is no known place,
    /// organization, group or date.
    static func mayBePersonName(_ mention: Candidate, gazetteer: Gazetteer) -> Bool {
        switch mention.kind {
        case .person: return true
        case .date: return false
        default:
            let categories = gazetteer.lookup(withoutArticle(mention.text))
            let nonPerson: Set<GazetteerCategory> = [.country, .city, .capital, .region, .placeAlias, .demonym, .group,
                                                    .organization, .newsOrganization]
            return categories.isDisjoint(with: nonPerson) && gazetteer.canonicalNames[Gazetteer.normalize(mention.text)] == nil
        }
    }

    /// A surname without an attached particle: "assad" for "al-assad", "qaeda" for "al-qaeda".
    static func bareSurname(_ surname: String) -> String {
        guard let hyphen = surname.firstIndex(of: "-") else { return surname }
        let particle = surname[..<hyphen]
        return ["al", "el", "ad", "as", "an", "ar", "at", "bin", "ibn", "abu", "ben"].contains(String(particle))
            ? String(surname[surname.index(after: hyphen)...]) : surname
    }

    /// The words a shorter name that `isPart` of `full` can end with: the first name, the surname (also
    /// without its particle) and the last word.
    static func partKeys(of full: [String]) -> Set<String> {
        var core = full
        while core.count > 1, let last = core.last, nameSuffixes.contains(last) { core.removeLast() }
        guard let surname = core.last, let first = core.first, let last = full.last else { return [] }
        return [surname, first, bareSurname(surname), last]
    }

    /// The one-word names that can stand for `full`: its first name, its surname and the surname without
    /// its particle.
    static func oneWordParts(of full: [String]) -> [String] {
        var core = full
        while core.count > 1, let last = core.last, nameSuffixes.contains(last) { core.removeLast() }
        guard let surname = core.last, let first = core.first else { return [] }
        return [first, surname, bareSurname(surname)]
    }

    /// Whether `short` names the same person as `full`: one word that is the first name or the surname,
    /// or several words in order ending with the surname.
    static func isPart(_ short: [String], of full: [String]) -> Bool {
        var core = full
        while core.count > 1, let last = core.last, nameSuffixes.contains(last) { core.removeLast() }
        guard let surname = core.last, let first = core.first else { return false }
        if short.count == 1, let only = short.first { return only == surname || only == first || only == bareSurname(surname) }
        guard short.last == surname || short.last == full.last else { return false }
        var position = full.startIndex
        for word in short {
            guard let found = full[position...].firstIndex(of: word) else { return false }
            position = found + 1
        }
        return true
    }
}
