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

    /// How many sentences back the holder of a used title must have been mentioned.
    static let recentSentences = 5

    /// The referent a used title refers to, or nil when nobody clearly holds it. The title must have been
    /// given before (or by this very phrase, as an appositive), and the holder mentioned within the last
    /// `recentSentences` sentences: a title far from any mention of its holder may mean someone else. A holder named earlier in the same sentence
    /// is passed over unless this phrase gives the title: a writer repeats a person in one sentence with a
    /// pronoun, so "Roe hoped the president would …" is about someone else.
    static func holder(of words: [String], modifier: String?, at range: TextRange, referents: [Referent], index: ArticleIndex) -> Int? {
        let sentence = index.sentence(at: range.start)
        let holders = referents.indices.filter { position in
            let referent = referents[position]
            let givenHere = referent.titles.contains { range.contains($0.offset) }
            let namedInSentence = referent.mentions.contains { $0.range.start < range.start && index.sentence(at: $0.range.start) == sentence }
            return referent.isPerson && (givenHere || !namedInSentence) && referent.titles.contains { title in
                title.offset < range.end && TitleLexicon.refers(words, to: title.words)
                    && (modifier == nil || title.modifier == nil || title.modifier == modifier)
                    && (modifier != nil || title.modifier == nil || isRecent(referent, before: range.start, index: index))
            }
        }
        let recency = holders.map { position in
            (position, referents[position].mentions.filter { $0.range.start < range.start }.map(\.range.start).max() ?? range.start)
        }
        guard let best = recency.max(by: { $0.1 < $1.1 }), index.sentence(at: best.1) >= sentence - recentSentences else { return nil }
        return best.0
    }
}
