/// Writes an `Analysis` as `byline.analysis/1` JSON (see the analysis-schema design note): keys in the
/// schema's order, offsets in Unicode scalars, span texts read from the article.
public enum AnalysisJSON {
    /// The schema name written as `"schema"`.
    public static let schema = "byline.analysis/1"

    /// The analysis as JSON: indented over several lines when `pretty`, otherwise on one line (for JSON Lines).
    public static func encode(_ analysis: Analysis, pretty: Bool) -> String {
        encode(analysis, pretty: pretty, includeText: false)
    }

    /// The analysis as JSON, with the article text as `"text"` after `"text_length"` when `includeText`.
    public static func encode(_ analysis: Analysis, pretty: Bool, includeText: Bool) -> String {
        var output = ""
        document(analysis, includeText: includeText).write(to: &output, pretty: pretty)
        if pretty { output.append("\n") }
        return output
    }

    static func document(_ analysis: Analysis, includeText: Bool) -> Value {
        let article = analysis.article
        var members: [(String, Value)] = [
            ("schema", .string(schema)),
            ("source", .string(analysis.source)),
            ("text_length", .int(article.length)),
        ]
        if includeText { members.append(("text", .string(article.text))) }
        members += [
            ("title", analysis.title.map(Value.string) ?? .null),
            ("byline", .array(analysis.byline.map(Value.string))),
            ("paragraphs", .array(article.paragraphs.map { span($0) })),
            ("sentences", .array(article.sentences.map { span($0.range) })),
            ("entities", .array(analysis.entities.map { entity($0, article) })),
            ("quotes", .array(analysis.quotes.map { quote($0, article) })),
            ("relations", .array(analysis.relations.map(relation))),
        ]
        return .object(members)
    }

    private static func span(_ range: TextRange) -> Value {
        .object([("start", .int(range.start)), ("end", .int(range.end))])
    }

    private static func span(_ range: TextRange, _ article: Article) -> Value {
        .object([("start", .int(range.start)), ("end", .int(range.end)), ("text", .string(text(range, article)))])
    }

    private static func optionalSpan(_ range: TextRange?, _ article: Article) -> Value {
        range.map { span($0, article) } ?? .null
    }

    private static func entity(_ entity: Entity, _ article: Article) -> Value {
        .object([
            ("id", .string(entity.id)),
            ("type", .string(entity.kind.rawValue)),
            ("name", .string(entity.name)),
            ("mentions", .array(entity.mentions.map { mention in
                .object([
                    ("start", .int(mention.range.start)),
                    ("end", .int(mention.range.end)),
                    ("text", .string(text(mention.range, article))),
                    ("form", .string(mention.form.rawValue)),
                ])
            })),
        ])
    }

    private static func quote(_ quote: Quote, _ article: Article) -> Value {
        .object([
            ("id", .string(quote.id)),
            ("kind", .string(quote.kind.rawValue)),
            ("start", .int(quote.range.start)),
            ("end", .int(quote.range.end)),
            ("text", .string(text(quote.range, article))),
            ("speaker", quote.speaker.map(Value.string) ?? .null),
            ("speaker_mention", optionalSpan(quote.speakerMention, article)),
            ("cue", optionalSpan(quote.cue, article)),
            ("addressee", quote.addressee.map(Value.string) ?? .null),
            ("addressee_mention", optionalSpan(quote.addresseeMention, article)),
            ("confidence", .number(quote.confidence)),
        ])
    }

    private static func relation(_ relation: Relation) -> Value {
        .object([
            ("id", .string(relation.id)),
            ("subject", .string(relation.subject)),
            ("predicate", .string(relation.predicate.rawValue)),
            ("object", relation.object.map(Value.string) ?? .null),
            ("value", relation.value.map(Value.string) ?? .null),
            ("evidence", span(relation.evidence)),
            ("claimed_by", relation.claimedBy.map(Value.string) ?? .null),
            ("quote", relation.quote.map(Value.string) ?? .null),
        ])
    }

    /// The text of a span, clipped to the article so that a stray range cannot trap.
    private static func text(_ range: TextRange, _ article: Article) -> String {
        let start = min(max(range.start, 0), article.length)
        let end = min(max(range.end, start), article.length)
        return article.string(TextRange(start: start, end: end))
    }
}
