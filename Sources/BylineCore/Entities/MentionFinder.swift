/// Finds the article's proper-name mentions: the statistical recognizer's spans, corrected by rules and
/// gazetteers.
public enum MentionFinder {
    /// The named mentions of an article, in text order, non-overlapping.
    public static func find(in article: Article, recognizer: EntityRecognizer, gazetteer: Gazetteer) -> [NamedMention] {
        recognizer.recognize(article).map { NamedMention(range: $0.range, kind: $0.kind) }
    }
}
