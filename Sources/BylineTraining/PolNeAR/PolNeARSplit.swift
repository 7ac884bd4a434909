/// The fixed split of PolNeAR's articles into a part that rules and models may be developed and trained
/// on and a development part that is only measured on.
///
/// The rule: sort the article ids by their UTF-8 bytes; every 5th id in that order (the 5th, 10th, …)
/// belongs to the development part, the rest to the train part. Ids start with the publisher and the date,
/// so the development part takes one article in five from every publisher, spread over the months. The
/// rule needs nothing but the ids, so the split is the same on every run and machine.
public enum PolNeARSplit {
    /// One part of the split.
    public enum Part: String, Sendable, CaseIterable {
        /// Four articles in five: rules and models are developed and trained on these.
        case train
        /// One article in five: only measured on, never tuned on.
        case dev
    }

    /// The part of each id, by the rule above.
    public static func parts(of ids: [String]) -> [String: Part] {
        let sorted = ids.sorted { $0.utf8.lexicographicallyPrecedes($1.utf8) }
        var parts: [String: Part] = [:]
        for (index, id) in sorted.enumerated() {
            parts[id] = index % 5 == 4 ? .dev : .train
        }
        return parts
    }

    /// The articles of one part, in the order given.
    public static func articles(_ articles: [PolNeARArticle], in part: Part) -> [PolNeARArticle] {
        let parts = parts(of: articles.map(\.id))
        return articles.filter { parts[$0.id] == part }
    }
}
