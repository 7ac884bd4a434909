/// Finds the article's proper-name mentions: the statistical recognizer's spans, corrected by rules and
/// gazetteers, sentence by sentence.
///
/// In order: spans are trimmed to the name (`MentionTrimmer`), title words taken out (`TitleRules`),
/// extended over a name's own “The” and an organization word after it (`NameExtensionRules`), given the
/// kind the gazetteer lists for them, joined by listed names the model missed (`GazetteerRules`), by
/// names introduced by an organization noun (`OrganizationNounRule`: “the channel Zvezda”) and by
/// dates found by rule (`DateRecognizer`); overlaps are settled last, the earlier and longer span winning.
/// Names inside hyphenated words (“Oslo-based”) come from `HyphenatedNameRule`.
public enum MentionFinder {
    /// The named mentions of an article, in text order, non-overlapping.
    public static func find(in document: Document, recognizer: EntityRecognizer, gazetteer: Gazetteer) -> [NamedMention] {
        document.article.sentences.indices.flatMap { sentence -> [NamedMention] in
            let tokens = SentenceView(document, sentence: sentence)
            guard tokens.count > 0 else { return [] }
            let spans = find(recognizer.label(tokens.texts).map { TokenSpan($0.range, $0.kind) }, in: tokens, gazetteer: gazetteer)
            let mentions = spans.compactMap { span in tokens.textRange(span.range).map { NamedMention(range: $0, kind: span.kind) } }
                + HyphenatedNameRule.mentions(in: tokens, covered: spans, gazetteer: gazetteer)
            return mentions.sorted { $0.range < $1.range }
        }
    }

    /// The rules applied to one sentence's model spans.
    static func find(_ modelSpans: [TokenSpan], in tokens: SentenceView, gazetteer: Gazetteer) -> [TokenSpan] {
        let titles = TitleRules.titlePhrases(in: tokens, gazetteer: gazetteer)
        var spans = modelSpans.compactMap { MentionTrimmer.trim($0, in: tokens) }
        spans = TitleRules.apply(spans, in: tokens, phrases: titles, gazetteer: gazetteer)
            .compactMap { MentionTrimmer.trim($0, in: tokens) }
        spans = NameExtensionRules.organizationSuffix(spans, in: tokens, gazetteer: gazetteer, titles: titles)
        spans = spans.map {
            GazetteerRules.correctKind(NameExtensionRules.leadingThe($0, in: tokens, gazetteer: gazetteer),
                                       in: tokens, gazetteer: gazetteer)
        }
        spans += GazetteerRules.missed(in: tokens, covered: spans, gazetteer: gazetteer, titles: titles)
        spans += OrganizationNounRule.spans(in: tokens, covered: spans, titles: titles)
        spans = merge(dates: DateRecognizer.find(in: tokens), into: spans)
        return withoutOverlaps(spans)
    }

    /// Rule dates replace the spans they cover and the date spans they overlap; a rule date that
    /// overlaps a name it does not cover gives way to it.
    static func merge(dates: [Range<Int>], into spans: [TokenSpan]) -> [TokenSpan] {
        var result = spans
        for date in dates {
            let clashing = result.filter { $0.range.overlaps(date) }
            if clashing.allSatisfy({ $0.kind == .date || date.lowerBound <= $0.range.lowerBound && $0.range.upperBound <= date.upperBound }) {
                result.removeAll { $0.range.overlaps(date) }
                result.append(TokenSpan(date, .date))
            }
        }
        return result
    }

    /// The spans in order with overlaps removed: of two overlapping spans the one starting first (or, at
    /// the same start, the longer) stays.
    static func withoutOverlaps(_ spans: [TokenSpan]) -> [TokenSpan] {
        let sorted = spans.filter { !$0.range.isEmpty }.sorted {
            ($0.range.lowerBound, -$0.range.count) < ($1.range.lowerBound, -$1.range.count)
        }
        var result: [TokenSpan] = []
        for span in sorted where result.last.map({ $0.range.upperBound <= span.range.lowerBound }) ?? true {
            result.append(span)
        }
        return result
    }
}
