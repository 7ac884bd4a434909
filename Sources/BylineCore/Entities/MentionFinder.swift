/// Finds the article's proper-name mentions: the statistical recognizer's spans, corrected by rules and
/// gazetteers, sentence by sentence.
///
/// In order: spans are trimmed to the name (`MentionTrimmer`), title words taken out (`TitleRules`),
/// extended over a name's own “The” and an organization word after it (`NameExtensionRules`), given the
/// kind the gazetteer lists for them, joined by listed names the model missed (`GazetteerRules`), by
/// names introduced by an organization noun (`OrganizationNounRule`: “the channel Zvezda”), by names
/// after a capitalized mid-sentence “The” (`NameExtensionRules`: “told The Morning Ledger”). Then come
/// names ending in a company form (`OrganizationRules`), two listed names joined by “and”
/// (`CoordinatedNamesRule`), competitions and events (`EventRule`), a place or demonym against a longer
/// name and an organization word's “of” complement (`OrganizationRules`), name particles
/// (`PersonNameRules`), clubs and companies named after places (`PlaceNamedTeamRule`), rows of results
/// and rankings (`ResultRowRule`), acronyms in parentheses (`OrganizationRules`), datelines and by-lines
/// (`DatelineRule`), counts and sentence adverbs that are no names (`FalseMentionRules`), dates
/// found by rule (`DateRecognizer`) and names in mixed-case credit lines (`CreditLineRule`: "By A and B",
/// "Reporting by A in X; Editing by B"); overlaps are settled last, the earlier and longer span winning.
/// Across the document, short forms of people's full names are people (`PersonNameRules`). Names
/// inside hyphenated words (“Oslo-based”) come from `HyphenatedNameRule`.
public enum MentionFinder {
    /// The named mentions of an article, in text order, non-overlapping.
    public static func find(in document: Document, recognizer: EntityRecognizer, gazetteer: Gazetteer) -> [NamedMention] {
        let sentences = document.article.sentences.indices.compactMap { sentence -> (SentenceView, [TokenSpan])? in
            let tokens = SentenceView(document, sentence: sentence)
            guard tokens.count > 0 else { return nil }
            return (tokens, find(recognizer.label(tokens).map { TokenSpan($0.range, $0.kind) }, in: tokens, gazetteer: gazetteer))
        }
        let shortNames = PersonNameRules.shortNames(sentences, gazetteer: gazetteer)
        let acronyms = OrganizationRules.definedAcronyms(sentences)
        return sentences.flatMap { tokens, found -> [NamedMention] in
            let spans = withoutOverlaps(OrganizationRules.acronymMentions(
                PersonNameRules.shortNameMentions(found, in: tokens, names: shortNames), in: tokens, acronyms: acronyms))
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
        spans += FirstNameRule.spans(in: tokens, covered: spans, gazetteer: gazetteer, titles: titles)
        spans = NameExtensionRules.capitalizedThe(spans, in: tokens, titles: titles)
        spans = OrganizationRules.companies(spans, in: tokens, gazetteer: gazetteer, titles: titles)
        spans = CoordinatedNamesRule.apply(spans, in: tokens, gazetteer: gazetteer)
        spans = EventRule.apply(spans, in: tokens, gazetteer: gazetteer, titles: titles)
        spans = OrganizationRules.joinAdjacent(spans, in: tokens)
        spans = OrganizationRules.joinOf(spans, in: tokens, gazetteer: gazetteer)
        spans = OrganizationRules.uncoveredOf(spans, in: tokens, gazetteer: gazetteer, titles: titles)
        spans = NameHeadRule.apply(spans, in: tokens, gazetteer: gazetteer)
        spans = PersonNameRules.joinParticles(spans, in: tokens)
        spans = PlaceNamedTeamRule.apply(spans, in: tokens, gazetteer: gazetteer)
        spans = ResultRowRule.apply(spans, in: tokens, gazetteer: gazetteer)
        spans = OrganizationRules.parenthesizedAcronyms(spans, in: tokens)
        spans = DatelineRule.apply(spans, in: tokens, gazetteer: gazetteer)
        spans = FalseMentionRules.apply(spans, in: tokens, gazetteer: gazetteer)
        spans = merge(dates: DateRecognizer.find(in: tokens), into: spans)
        let credited = CreditLineRule.names(in: tokens)
        spans.removeAll { span in credited.contains { $0.overlaps(span.range) } }
        spans += credited.map { TokenSpan($0, .person) }
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
