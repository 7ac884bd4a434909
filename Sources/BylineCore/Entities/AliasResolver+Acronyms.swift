extension AliasResolver {
    /// Small words initials usually skip: "United States of America" is "USA".
    static let functionWords: Set<String> = ["of", "the", "and", "for", "on", "in", "de", "du", "des", "la", "le", "&", "at", "to", "a"]

    /// The key of the name an acronym stands for, if the article spells it out: an expansion whose
    /// initials match (the most recent one before, else the first after), or the name right before an
    /// acronym in parentheses.
    static func acronymTarget(_ mention: Candidate, previous: Candidate?, aliases: AliasIndex, document: Document,
                              gazetteer: Gazetteer) -> String? {
        guard mention.kind != .date, mention.kind != .person, let letters = acronymLetters(mention.text) else { return nil }
        if gazetteer.canonicalNames[Gazetteer.normalize(mention.text)] != nil { return nil }
        if let previous, previous.words.count > 1, isParenthesized(mention, after: previous, document: document),
           initials(previous.words).contains(where: { $0.first == letters.first }) {
            return previous.key
        }
        return aliases.expansion(of: letters, near: mention.range.start)
    }

    /// The capital letters of an acronym ("UN", "U.N.", "NATO"), or nil when the text is not one.
    static func acronymLetters(_ text: String) -> String? {
        let scalars = text.unicodeScalars.filter { $0 != "." }
        guard scalars.count >= 2, scalars.count <= 7,
              scalars.allSatisfy({ $0.properties.isUppercase || $0 == "&" }) else { return nil }
        var result = String.UnicodeScalarView()
        result.append(contentsOf: scalars.filter { $0 != "&" })
        return String(result)
    }

    /// The initials of a name two ways: skipping function words, and of every word.
    static func initials(_ words: [String]) -> Set<String> {
        let pieces = words.flatMap { $0.split(separator: "-").map(String.init) }
        let content = pieces.filter { !functionWords.contains($0.lowercased()) }
        func letters(_ list: [String]) -> String {
            String(list.compactMap { $0.first }.map { Character($0.uppercased()) })
        }
        return [letters(content), letters(pieces)]
    }

    /// Whether the mention is "(XYZ)" right after the previous mention.
    static func isParenthesized(_ mention: Candidate, after previous: Candidate, document: Document) -> Bool {
        let tokens = document.tokens(in: mention.range)
        let opening = tokens.lowerBound - 1
        guard opening >= 0, document.text(opening) == "(", document.text(tokens.upperBound) == ")" else { return false }
        return document.article.tokens[opening].range.start >= previous.range.end
            && document.tokens(in: previous.range).upperBound == opening
    }
}

extension AliasResolver {
    /// The key of a longer organization name a short one begins ("Lumen" for "Lumen Energy"): the most
    /// recent before, else the first after. Known places and organizations keep their own name; a name
    /// taken for a person joins only when no person's name took it first (`personTarget` runs before).
    static func organizationTarget(_ mention: Candidate, aliases: AliasIndex, gazetteer: Gazetteer) -> String? {
        guard [.organization, .other, .person].contains(mention.kind),
              gazetteer.canonicalNames[Gazetteer.normalize(mention.text)] == nil,
              gazetteer.lookup(withoutArticle(mention.text)).isDisjoint(with: [.country, .city, .capital, .region, .placeAlias, .demonym])
        else { return nil }
        return aliases.organization(startingWith: mention.words.map { $0.lowercased() }, near: mention.range.start)
    }
}
