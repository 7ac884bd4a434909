/// What the gazetteer says about candidate spans: the kind a listed name has, corrected kinds for spans
/// the model labelled otherwise, and listed names the model missed.
enum GazetteerRules {
    /// Categories that make a name a place.
    static let placeCategories: Set<GazetteerCategory> = [.country, .placeAlias, .capital, .region]
    /// Categories that make a name an organization.
    static let organizationCategories: Set<GazetteerCategory> = [.organization, .newsOrganization]
    /// Categories that make a name a group.
    static let groupCategories: Set<GazetteerCategory> = [.demonym, .group]

    /// The kind the gazetteer gives a name, if it lists it as a place, organization or group.
    static func kind(of range: Range<Int>, in tokens: SentenceView, gazetteer: Gazetteer) -> EntityKind? {
        guard !range.isEmpty else { return nil }
        return kind(of: gazetteer.lookup(tokens.text(range)))
    }

    /// The kind for a set of categories: organization before place before group.
    static func kind(of categories: Set<GazetteerCategory>) -> EntityKind? {
        if !categories.isDisjoint(with: organizationCategories) { return .organization }
        if !categories.isDisjoint(with: placeCategories) { return .place }
        if !categories.isDisjoint(with: groupCategories) { return .group }
        return nil
    }

    /// The span with the kind the gazetteer gives its exact text. A person stays a person (many places
    /// and groups are also names: “Jordan”, “Christian”) unless the name is a demonym or group word.
    static func correctKind(_ span: TokenSpan, in tokens: SentenceView, gazetteer: Gazetteer) -> TokenSpan {
        let categories = gazetteer.lookup(tokens.text(span.range))
        guard let listed = kind(of: categories), listed != span.kind, span.kind != .date else { return span }
        if span.kind == .person, listed != .group || !categories.isDisjoint(with: [.firstName, .surname]) {
            return span
        }
        return TokenSpan(span.range, listed)
    }

    /// Listed names in capitals that no span covers: countries, place aliases, capitals, regions,
    /// organizations and demonyms or group words. Longest match first; a match next to another
    /// capitalized word is part of a longer, unknown name and is skipped (a demonym before a title is
    /// kept: “Russian President”). Nothing is added in an all-capitals sentence.
    static func missed(in tokens: SentenceView, covered spans: [TokenSpan], gazetteer: Gazetteer,
                       titles: [Range<Int>]) -> [TokenSpan] {
        guard !tokens.isAllCaps else { return [] }
        var taken = Set(spans.flatMap { Array($0.range) })
        titles.forEach { taken.formUnion($0) }
        let titleStarts = Set(titles.map(\.lowerBound))
        var found: [TokenSpan] = []
        var index = 0
        while index < tokens.count {
            guard !taken.contains(index), tokens.isCapitalized(index),
                  let match = longestMatch(at: index, tokens: tokens, gazetteer: gazetteer, taken: taken) else {
                index += 1
                continue
            }
            let (range, kind, categories) = match
            if accepts(range, kind: kind, categories: categories, tokens: tokens, titleStarts: titleStarts) {
                found.append(TokenSpan(range, kind))
                index = range.upperBound
            } else {
                index += 1
            }
        }
        return found
    }

    private static func longestMatch(at index: Int, tokens: SentenceView, gazetteer: Gazetteer,
                                     taken: Set<Int>) -> (Range<Int>, EntityKind, Set<GazetteerCategory>)? {
        let longest = min(gazetteer.longestEntry, tokens.count - index)
        let canExtend = gazetteer.startsEntry(tokens.text(index))
        for length in stride(from: longest, through: 1, by: -1) {
            if length > 1, !canExtend { continue }
            let range = index..<(index + length)
            if range.contains(where: taken.contains) || !tokens.isCapitalized(range.upperBound - 1) { continue }
            let categories = gazetteer.lookup(tokens.text(range))
            if let kind = kind(of: categories) { return (range, kind, categories) }
        }
        return nil
    }

    private static func accepts(_ range: Range<Int>, kind: EntityKind, categories: Set<GazetteerCategory>,
                                tokens: SentenceView, titleStarts: Set<Int>) -> Bool {
        let after = range.upperBound
        let before = range.lowerBound - 1
        let nextIsName = tokens.isCapitalized(after) && !(kind == .group && titleStarts.contains(after))
            && tokens.kind(after).map { $0 != .punctuation } ?? false
        if nextIsName { return false }
        let initial = tokens.isSentenceInitial(range.lowerBound)
        if !initial, tokens.isCapitalized(before), tokens.kind(before) != .punctuation { return false }
        let text = tokens.text(range)
        let isAcronym = text.filter(\.isLetter).count >= 2 && text.filter(\.isLetter).allSatisfy(\.isUppercase)
        let isPersonName = !categories.isDisjoint(with: [.firstName, .surname])
        if isPersonName, categories.isDisjoint(with: [.country, .placeAlias, .demonym]), !isAcronym { return false }
        if initial, range.count == 1, !isAcronym {
            return !categories.isDisjoint(with: [.country, .placeAlias, .demonym, .group, .organization, .newsOrganization])
        }
        return true
    }
}
