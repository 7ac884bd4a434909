/// Groups named mentions into entities, one per referent, and adds the title and pronoun mentions that
/// refer to them.
///
/// Stages, in order: `AliasResolver` (names, short names, acronyms, place aliases),
/// `TitleMentionFinder` (titles the article gives people, then "the President"-style mentions),
/// `NominalMentionFinder` ("the company", "the ministry") and `PronounResolver` (he/she/they/it).
public enum EntityLinker {
    /// The article's entities, numbered "E1", "E2", … in order of first mention, mentions in text order.
    public static func link(_ mentions: [NamedMention], in document: Document, gazetteer: Gazetteer) -> [Entity] {
        let lexicon = gazetteer.titleLexicon
        var referents = AliasResolver.resolve(mentions, document: document, gazetteer: gazetteer)
        TitleMentionFinder.establishTitles(&referents, document: document, lexicon: lexicon, gazetteer: gazetteer)
        let named = referents.flatMap { $0.mentions.map(\.range) }
        for (position, mention) in TitleMentionFinder.titleMentions(referents, named: named, document: document, lexicon: lexicon,
                                                                    gazetteer: gazetteer) {
            referents[position].mentions.append(mention)
        }
        for (position, mention) in NominalMentionFinder.mentions(referents, document: document, gazetteer: gazetteer) {
            referents[position].mentions.append(mention)
        }
        PronounResolver.resolve(&referents, document: document, gazetteer: gazetteer)
        let ordered = referents
            .map { referent -> Referent in
                var sorted = referent
                sorted.mentions.sort { $0.range < $1.range }
                return sorted
            }
            .filter { !$0.mentions.isEmpty }
            .sorted { ($0.mentions.first?.range.start ?? 0) < ($1.mentions.first?.range.start ?? 0) }
        return ordered.enumerated().map { number, referent in
            Entity(id: "E\(number + 1)", kind: referent.kind, name: referent.name, mentions: referent.mentions,
                   gender: referent.isPerson ? referent.gender : .unknown)
        }
    }
}
