/// A capitalized name right after a lower-case noun that says what kind of organization it names: “the
/// state television channel Mir”, “the newspaper Le Monde”, “the carmaker Volvo”. News introduces
/// unfamiliar outlets and companies this way, and the model, knowing neither the name nor the pattern,
/// often misses them.
enum OrganizationNounRule {
    /// Nouns that introduce the name of an organization when a capitalized name follows them directly.
    static let nouns: Set<String> = [
        "agency", "airline", "automaker", "band", "bank", "boutique", "brand", "broadcaster", "brokerage",
        "carmaker", "carrier", "channel", "charity", "club", "company", "conglomerate", "contractor", "daily",
        "drugmaker", "firm", "foundation", "fund", "institute", "insurer", "label", "lender", "magazine",
        "manufacturer", "miner", "network", "newspaper", "outlet", "party", "publisher", "regulator", "retailer",
        "station", "startup", "studio", "tabloid", "think-tank", "weekly", "website",
    ]

    /// Lower-case words that may join the words of one name ("Banco de Mexico", "Bank of Ireland").
    static let connectors: Set<String> = ["of", "de", "del", "la", "le", "der", "von", "di", "and", "&"]

    /// Organization spans introduced by such a noun that no span covers yet.
    static func spans(in tokens: SentenceView, covered spans: [TokenSpan], titles: [Range<Int>]) -> [TokenSpan] {
        guard !tokens.isAllCaps, !tokens.isTitleCase else { return [] }
        let covered = Set(spans.flatMap { Array($0.range) } + titles.flatMap { Array($0) })
        var found: [TokenSpan] = []
        var index = 0
        while index < tokens.count - 1 {
            defer { index += 1 }
            guard tokens.isLowercaseWord(index), nouns.contains(tokens.lower(index)) else { continue }
            let start = index + 1
            guard tokens.kind(start) == .word, tokens.isCapitalized(start), !covered.contains(start) else { continue }
            var end = start + 1
            while end < tokens.count, !covered.contains(end), tokens.kind(end) == .word {
                if tokens.isCapitalized(end) {
                    end += 1
                } else if connectors.contains(tokens.text(end)), end + 1 < tokens.count, tokens.isCapitalized(end + 1) {
                    end += 2
                } else {
                    break
                }
            }
            found.append(TokenSpan(start..<end, .organization))
            index = end - 1
        }
        return found
    }
}
