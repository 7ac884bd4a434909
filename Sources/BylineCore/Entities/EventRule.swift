/// Competitions and events named by their last word: a run of capitalized words ending in an event word
/// (“the World Cup”, “the Harbour Open”, “the Winter Games”, “the World Series”, “the Monaco Grand
/// Prix”) is an event, replacing the spans inside it; an event word listed as one alone (“Olympics”)
/// needs no words before it. Not in all-caps or title-case lines, where every word is capitalized.
enum EventRule {
    static func apply(_ spans: [TokenSpan], in tokens: SentenceView, gazetteer: Gazetteer, titles: [Range<Int>]) -> [TokenSpan] {
        guard !tokens.isAllCaps, !tokens.isTitleCase else { return spans }
        let titleTokens = Set(titles.flatMap { Array($0) })
        var result = spans
        var index = 0
        while index < tokens.count {
            defer { index += 1 }
            guard tokens.isCapitalized(index), !titleTokens.contains(index) else { continue }
            var end = index + 1
            if !gazetteer.contains(tokens.text(index), .eventWord) {
                guard gazetteer.contains(tokens.text(index..<(index + 2)), .eventWord), tokens.isCapitalized(index + 1) else { continue }
                end = index + 2
            }
            if end < tokens.count, tokens.isCapitalized(end), tokens.kind(end) == .word { continue }
            var start = index
            while start > 0, tokens.isCapitalized(start - 1), !titleTokens.contains(start - 1),
                  [.word, .abbreviation].contains(tokens.kind(start - 1)) {
                start -= 1
            }
            if start < index, tokens.isSentenceInitial(start), MentionTrimmer.commonWords.contains(tokens.lower(start)) { start += 1 }
            let alone = gazetteer.eventsAlone.contains(Gazetteer.normalize(tokens.text(index..<end)))
            guard start < index || alone && !tokens.isSentenceInitial(index) else { continue }
            let event = start..<end
            result.removeAll { $0.range.overlaps(event) && $0.range.lowerBound >= start && $0.range.upperBound <= end }
            if !result.contains(where: { $0.range.overlaps(event) }) { result.append(TokenSpan(event, .event)) }
            index = end - 1
        }
        return result
    }
}
