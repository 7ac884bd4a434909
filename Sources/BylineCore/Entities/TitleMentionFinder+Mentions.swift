extension TitleMentionFinder {
    /// The title mentions of the article: "the" + an optional place + a title, not followed by a name,
    /// each with the index of the referent it refers to.
    static func titleMentions(_ referents: [Referent], named: [TextRange], document: Document, lexicon: TitleLexicon,
                              gazetteer: Gazetteer) -> [(referent: Int, mention: Mention)] {
        let nameStarts = Set(named.map { document.firstToken(atOrAfter: $0.start) })
        let holders = TitleHolderIndex(referents: referents, named: named, document: document)
        var found: [(referent: Int, mention: Mention)] = []
        var token = 0
        while token < document.count {
            defer { token += 1 }
            guard document.lower(token) == "the" else { continue }
            var start = token + 1
            var modifier: String?
            for width in [3, 2, 1] where modifier == nil && start + width < document.count {
                if let place = placeModifier(endingBefore: start + width, document: document, gazetteer: gazetteer),
                   lexicon.match(at: start + width, in: document) != nil {
                    modifier = place
                    start += width
                }
            }
            guard let title = lexicon.match(at: start, in: document) else { continue }
            let joined = title.words.joined(separator: " ")
            guard !TitleLexicon.honorifics.contains(joined), !TitleLexicon.tooCommon.contains(joined),
                  !nameStarts.contains(title.end), !(document.isCapitalized(title.end) && document.text(title.end).count > 1),
                  document.lower(title.end) != "of" else { continue }
            guard let range = document.span(token, title.end - 1), !holders.overlapsName(range),
                  let referent = holder(of: title.words, modifier: modifier, at: range, holders: holders, document: document) else { continue }
            found.append((referent, Mention(range: range, form: .title)))
            token = title.end - 1
        }
        return found
    }

    /// How many sentences back the holder of a used title must have been mentioned.
    static let recentSentences = 5

    /// The referent a used title refers to, or nil when nobody clearly holds it. The title must have been
    /// given before (or by this very phrase, as an appositive), and the holder mentioned within the last
    /// `recentSentences` sentences: a title far from any mention of its holder may mean someone else. A holder named earlier in the same sentence
    /// is passed over unless this phrase gives the title: a writer repeats a person in one sentence with a
    /// pronoun, so "Roe hoped the president would …" is about someone else.
    static func holder(of words: [String], modifier: String?, at range: TextRange, holders: TitleHolderIndex,
                       document: Document) -> Int? {
        let sentence = document.sentenceIndex(at: range.start)
        var best: (referent: Int, last: Int)?
        for holder in holders.holders {
            let givenHere = holder.isTitleGiven(in: range)
            guard givenHere || !holder.isNamed(inSentence: sentence, before: range.start) else { continue }
            let holds = holder.titles.contains { title, offset in
                offset < range.end && TitleLexicon.refers(words, to: title.words)
                    && (modifier == nil || title.modifier == nil || title.modifier == modifier)
                    && (modifier != nil || title.modifier == nil
                        || holder.isMentioned(before: range.start, sinceSentence: sentence - 1))
            }
            guard holds else { continue }
            let last = holder.lastStart(before: range.start) ?? range.start
            if best.map({ $0.last < last }) ?? true { best = (holder.referent, last) }
        }
        guard let best, document.sentenceIndex(at: best.last) >= sentence - recentSentences else { return nil }
        return best.referent
    }
}
