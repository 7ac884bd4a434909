/// The organizations a title's unnamed owner may stand for: "its chief executive" and "the centre’s
/// director" name no organization, but the article named one in the same or the previous sentence. Holds the article's
/// organization name mentions in text order, so that finding the one before a point costs a binary search
/// and a short look back.
struct OwnerAntecedents {
    /// An organization name mention: where it starts, its entity's lower-cased name words, and whether the
    /// recognizer typed it as an organization (not a person named like a company).
    private struct Named {
        var start: Int
        var entity: String
        var words: [String]
        var isTyped: Bool
    }

    private let named: [Named]

    /// `organizationLike` tells an entity the recognizer typed as a person that is named like a company.
    init(_ entities: [Entity], organizationLike: (Entity) -> Bool) {
        var named: [Named] = []
        for entity in entities where entity.kind == .organization || entity.kind == .person && organizationLike(entity) {
            let words = entity.name.lowercased().split(whereSeparator: { !$0.isLetter }).map(String.init)
            for mention in entity.mentions where mention.form == .name {
                named.append(Named(start: mention.range.start, entity: entity.id, words: words,
                                   isTyped: entity.kind == .organization))
            }
        }
        self.named = named.sorted { $0.start < $1.start }
    }

    /// The organization "its" or "their" at `offset` stands for: the one named last since `bound` (a person
    /// named like a company is not enough to go on here).
    func possessive(before offset: Int, since bound: Int) -> String? {
        var index = firstIndex(atOrAfter: offset) - 1
        while index >= 0, named[index].start >= bound {
            if named[index].isTyped { return named[index].entity }
            index -= 1
        }
        return nil
    }

    /// The organization "the NOUN’s" at `offset` stands for: the last one named whose name has a word the
    /// noun begins ("the centre’s" → "… Monitoring Centre", "the hospital’s" → "… Hospitals"), or, for a
    /// noun for organizations (`OrganizationNouns`: "the company’s"), the one named last since `bound`.
    func nominal(_ noun: String, before offset: Int, since bound: Int) -> String? {
        let end = firstIndex(atOrAfter: offset)
        // A name with the noun in it may be further back ("the commission" for a commission named paragraphs
        // before): look at the last `lookBack` names.
        for index in stride(from: end - 1, through: max(0, end - OwnerAntecedents.lookBack), by: -1)
            where named[index].words.contains(where: { $0.hasPrefix(noun) }) {
            return named[index].entity
        }
        return OrganizationNouns.bundled.nounClasses[noun] != nil ? possessive(before: offset, since: bound) : nil
    }

    /// How many organization names back a nominal owner may find its name.
    static let lookBack = 40

    private func firstIndex(atOrAfter offset: Int) -> Int {
        var (low, high) = (0, named.count)
        while low < high {
            let middle = (low + high) / 2
            if named[middle].start < offset { low = middle + 1 } else { high = middle }
        }
        return low
    }
}
