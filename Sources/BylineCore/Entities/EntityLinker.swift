/// Groups named mentions into entities, one per referent.
public enum EntityLinker {
    /// The article's entities, numbered "E1", "E2", … in order of first mention.
    public static func link(_ mentions: [NamedMention], in article: Article, gazetteer: Gazetteer) -> [Entity] {
        var order: [String] = []
        var groups: [String: (kind: EntityKind, mentions: [Mention])] = [:]
        for mention in mentions {
            let name = Gazetteer.normalize(article.string(mention.range))
            let key = gazetteer.canonicalNames[name] ?? name
            if groups[key] == nil {
                order.append(key)
                groups[key] = (mention.kind, [])
            }
            groups[key]?.mentions.append(Mention(range: mention.range, form: .name))
        }
        return order.enumerated().compactMap { index, key in
            guard let group = groups[key] else { return nil }
            return Entity(id: "E\(index + 1)", kind: group.kind, name: key, mentions: group.mentions)
        }
    }
}
