/// Title mentions: "the President", "the U.S. President", "the foreign minister" used to refer to a person.
///
/// A title refers only to someone the article gives that title, before or after a name ("President Jane
/// Roe", "Roe, the foreign minister,"). The used title must be the established one or its head ("the
/// minister" for "Foreign Minister"), never a different rank ("the President" is not the "Vice
/// President"). Among several holders the one mentioned most recently wins. A title naming nobody the
/// article has given it so far is not a mention.
enum TitleMentionFinder {
    /// Records on each person referent the titles the text gives them, and the gender a title or an
    /// honorific fixes ("Mrs.", "Congresswoman").
    static func establishTitles(_ referents: inout [Referent], document: Document, lexicon: TitleLexicon, gazetteer: Gazetteer) {
        for position in referents.indices where referents[position].isPerson {
            for mention in referents[position].mentions where mention.form == .name {
                let tokens = document.tokens(in: mention.range)
                guard !tokens.isEmpty else { continue }
                if let before = titleBefore(tokens.lowerBound, document: document, lexicon: lexicon, gazetteer: gazetteer) {
                    referents[position].record(before, lexicon: lexicon)
                }
                if let after = titleAfter(tokens.upperBound, document: document, lexicon: lexicon, gazetteer: gazetteer) {
                    referents[position].record(after, lexicon: lexicon)
                }
            }
        }
    }

    /// The title right before a name ("U.S. President", "Secretary of State,"), with its place.
    static func titleBefore(_ nameStart: Int, document: Document, lexicon: TitleLexicon, gazetteer: Gazetteer) -> EstablishedTitle? {
        var end = nameStart
        if document.text(end - 1) == "," { end -= 1 }
        guard let found = lexicon.match(endingBefore: end, in: document) else { return nil }
        let modifier = placeModifier(endingBefore: found.start, document: document, gazetteer: gazetteer)
        return EstablishedTitle(words: found.words, modifier: modifier, offset: document.article.tokens[found.start].range.start)
    }

    /// The title of an appositive after a name: ", the foreign minister", ", Ruritania's president",
    /// ", a former senator".
    static func titleAfter(_ nameEnd: Int, document: Document, lexicon: TitleLexicon, gazetteer: Gazetteer) -> EstablishedTitle? {
        guard document.text(nameEnd) == "," else { return nil }
        var start = nameEnd + 1
        if ["the", "a", "an"].contains(document.lower(start)) { start += 1 }
        for offset in 0...3 {
            let candidate = start + offset
            guard candidate < document.count, let found = lexicon.match(at: candidate, in: document) else { continue }
            let following = document.text(found.end)
            guard [",", ".", ";", ")", "who", "and", "said", "says", ""].contains(following) || following == "of" else { return nil }
            let modifier = placeModifier(endingBefore: candidate, document: document, gazetteer: gazetteer)
            return EstablishedTitle(words: found.words, modifier: modifier, offset: document.article.tokens[candidate].range.start)
        }
        return nil
    }

    /// The place or organization just before a title ("U.S.", "Russian", "Ruritania's", "NATO"), as a
    /// lowercased canonical name.
    static func placeModifier(endingBefore token: Int, document: Document, gazetteer: Gazetteer) -> String? {
        var last = token - 1
        if last >= 0, AliasResolver.isPossessive(document.text(last)) { last -= 1 }
        while last >= 0, ["former", "then", "acting", "current", "new", "top", "senior"].contains(document.lower(last)) { last -= 1 }
        guard last >= 0, document.isCapitalized(last) else { return nil }
        for first in stride(from: last, through: max(0, last - 3), by: -1) {
            let text = Gazetteer.normalize((first...last).map { document.text($0) }.joined(separator: " "))
            if let place = gazetteer.demonymPlaces[text] { return (gazetteer.canonicalNames[place] ?? place).lowercased() }
            if let canonical = gazetteer.canonicalNames[text] { return canonical.lowercased() }
            if !gazetteer.lookup(text).isDisjoint(with: [.country, .city, .capital, .region, .organization, .newsOrganization]) {
                return text.lowercased()
            }
        }
        return nil
    }
}

extension Referent {
    /// Keeps a title the text gives the referent, and the gender it fixes.
    mutating func record(_ title: EstablishedTitle, lexicon: TitleLexicon) {
        if let fixed = lexicon.gender(title.words), gender == .unknown { gender = fixed }
        guard !TitleLexicon.honorifics.contains(title.words.joined(separator: " ")) else { return }
        titles.append(title)
    }
}
