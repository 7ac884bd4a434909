/// The last word of a name of two or more words says what it names, whatever the model made of the
/// words before it:
///
/// - an organization word (`organization-suffixes.txt`: “University”, “Society”, “Authority”, “Press”)
///   makes a person or place an organization (“Kelvin Mills Society”, “Eastvale Transit Authority”),
///   unless the name or its last words are a listed place (“Palestinian West Bank”) or, for a person,
///   the word is also a listed name (“Court”);
/// - a word for a feature of the land or a built place (`placeWords`: “Reservoir”, “Creek”, “Airport”)
///   makes a person a place (“Tobin Reservoir”);
/// - a plural no list knows after a listed city makes a place a sports team (“Harbin Ice Foxes”): a
///   city's own name ends in no plural but a place word (“Palm Springs”).
enum NameHeadRule {
    /// Words that end the names of places and never a person's in news (“River”, “Airport”). Words that
    /// are also common surnames (“Park”, “Hill”, “Hall”, “Bay”) are left out.
    static let placeWords: Set<String> = [
        "river", "creek", "reservoir", "lake", "valley", "island", "islands", "mountain", "mountains", "avenue",
        "road", "boulevard", "square", "bridge", "airport", "stadium", "canal", "peninsula", "strait", "gulf",
        "desert", "junction", "playfield", "province", "county", "district", "harbour", "harbor", "heights",
        "highway", "plaza", "falls", "springs", "hills", "straits", "isles", "glacier", "ocean", "keys", "garden", "gardens", "dock", "docks", "mall",
    ]
    /// Organization words that also end places' names (“Western Front”, “Trade Center”) or that news
    /// types either way (“Church”): they retype no place.
    static let placeLikeOrganizationWords: Set<String> = ["front", "center", "centre", "church", "union", "office"]

    static func apply(_ spans: [TokenSpan], in tokens: SentenceView, gazetteer: Gazetteer) -> [TokenSpan] {
        guard !tokens.isAllCaps else { return spans }
        return spans.map { span in
            guard span.range.count >= 2, span.kind == .person || span.kind == .place else { return span }
            let last = span.range.upperBound - 1
            guard tokens.isCapitalized(last), tokens.kind(last) == .word else { return span }
            let word = tokens.lower(last)
            let endsInPlace = (span.range.lowerBound..<last).contains { start in
                !gazetteer.lookup(tokens.text(start..<span.range.upperBound)).isDisjoint(with: GazetteerRules.placeCategories)
            }
            if endsInPlace { return span }
            let lastCategories = gazetteer.lookup(tokens.text(last))
            if lastCategories.contains(.organizationSuffix) {
                switch span.kind {
                case .person where lastCategories.isDisjoint(with: [.firstName, .surname]):
                    return TokenSpan(span.range, .organization)
                case .place where !placeLikeOrganizationWords.contains(word):
                    return TokenSpan(span.range, .organization)
                default:
                    return span
                }
            }
            if span.kind == .person, placeWords.contains(word) { return TokenSpan(span.range, .place) }
            if span.kind == .place, isTeamPlural(word), lastCategories.isEmpty, startsWithCity(span.range, tokens, gazetteer) {
                return TokenSpan(span.range, .organization)
            }
            return span
        }
    }

    /// A plural in -s that is no place word (“Foxes”, “Wanderers”; not “Falls”, “Glass”).
    private static func isTeamPlural(_ word: String) -> Bool {
        word.count > 3 && word.hasSuffix("s") && !word.hasSuffix("ss") && !word.hasSuffix("us") && !placeWords.contains(word)
    }

    /// Whether the span's words before its last begin with a listed city or capital and are not all of a
    /// listed country's or region's name.
    private static func startsWithCity(_ range: Range<Int>, _ tokens: SentenceView, _ gazetteer: Gazetteer) -> Bool {
        for end in stride(from: range.upperBound - 1, to: range.lowerBound, by: -1) {
            let categories = gazetteer.lookup(tokens.text(range.lowerBound..<end))
            if !categories.isDisjoint(with: [.city, .capital]) { return true }
        }
        return false
    }
}
