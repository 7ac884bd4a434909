extension TitleMentionFinder {
    /// The title mentions of the article: "the" + an optional place + a title, not followed by a name,
    /// each with the index of the referent it refers to.
    static func titleMentions(_ referents: [Referent], named: [TextRange], index: ArticleIndex, lexicon: TitleLexicon,
                              gazetteer: Gazetteer) -> [(referent: Int, mention: Mention)] {
        let nameStarts = Set(named.map { index.firstToken(atOrAfter: $0.start) })
        var found: [(referent: Int, mention: Mention)] = []
        var token = 0
        while token < index.count {
            defer { token += 1 }
            guard index.lower(token) == "the" else { continue }
            var start = token + 1
            var modifier: String?
            for width in [3, 2, 1] where modifier == nil && start + width < index.count {
                if let place = placeModifier(endingBefore: start + width, index: index, gazetteer: gazetteer),
                   lexicon.match(at: start + width, in: index) != nil {
                    modifier = place
                    start += width
                }
            }
            guard let title = lexicon.match(at: start, in: index) else { continue }
            let joined = title.words.joined(separator: " ")
            guard !TitleLexicon.honorifics.contains(joined), !TitleLexicon.tooCommon.contains(joined),
                  !nameStarts.contains(title.end), !(index.isCapitalized(title.end) && index.word(title.end).count > 1),
                  index.lower(title.end) != "of" else { continue }
            let range = index.span(token, title.end - 1)
            guard !named.contains(where: { $0.overlaps(range) }),
                  let referent = holder(of: title.words, modifier: modifier, at: range, referents: referents, index: index) else { continue }
            found.append((referent, Mention(range: range, form: .title)))
            token = title.end - 1
        }
        return found
    }

    /// Whether the referent is mentioned in the sentence of `offset` or the one before: a bare title ("the
    /// president") stands for a holder whose title has a place ("Ruritanian President") only then, since
    /// news writes the place out again for a foreign holder mentioned a while ago.
    static func isRecent(_ referent: Referent, before offset: Int, index: ArticleIndex) -> Bool {
        let sentence = index.sentence(at: offset)
        return referent.mentions.contains { $0.range.start < offset && index.sentence(at: $0.range.start) >= sentence - 1 }
    }

    /// The referent a used title refers to, or nil when nobody or nobody clearly holds it.
    static func holder(of words: [String], modifier: String?, at range: TextRange, referents: [Referent], index: ArticleIndex) -> Int? {
        let holders = referents.indices.filter { position in
            referents[position].isPerson && referents[position].titles.contains { title in
                TitleLexicon.refers(words, to: title.words) && (modifier == nil || title.modifier == nil || title.modifier == modifier)
                    && (modifier != nil || title.modifier == nil || isRecent(referents[position], before: range.start, index: index))
            }
        }
        let earlier = holders.compactMap { position -> (Int, Int)? in
            guard referents[position].titles.contains(where: { $0.offset < range.end }) else { return nil }
            let last = referents[position].mentions.filter { $0.range.start < range.start }.map(\.range.start).max() ?? -1
            return (position, last)
        }
        if let recent = earlier.max(by: { $0.1 < $1.1 }) { return recent.0 }
        return holders.count == 1 ? holders.first : nil
    }
}
