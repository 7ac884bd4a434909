/// A listed first name followed by one capitalized word (an initial may stand between) that no span or title covers is a
/// person the model missed (“Director Odell Brannock”, “by Tamsin Achterberg”): the model knows few
/// surnames outside the census lists. No word may be in capitals, listed as a place, organization or
/// group, or end an organization's, event's or place's name or be a title, and the run may not continue
/// a capitalized word before it (other than a title or a sentence's first common word) or run into one
/// after it. Not in all-capitals or title-case lines. (Names run before parts of speech, so a common
/// word written capitalized, “Will”, is told from a name only by the word after it.)
enum FirstNameRule {
    /// Month names, which the first-name lists also hold (“May”, “June”).
    static let months: Set<String> = ["january", "february", "march", "april", "may", "june", "july", "august",
                                      "september", "october", "november", "december"]

    static func spans(in tokens: SentenceView, covered spans: [TokenSpan], gazetteer: Gazetteer, titles: [Range<Int>]) -> [TokenSpan] {
        guard !tokens.isAllCaps, !tokens.isTitleCase else { return [] }
        let covered = Set(spans.flatMap { Array($0.range) } + titles.flatMap { Array($0) })
        let titleEnds = Set(titles.map(\.upperBound))
        var found: [TokenSpan] = []
        var index = 0
        while index < tokens.count {
            defer { index += 1 }
            guard !covered.contains(index), isNameWord(index, tokens, gazetteer: gazetteer),
                  gazetteer.contains(tokens.text(index), .firstName), !months.contains(tokens.lower(index)) else { continue }
            if index > 0, !titleEnds.contains(index), tokens.isCapitalized(index - 1), tokens.kind(index - 1) != .punctuation,
               !(tokens.isSentenceInitial(index - 1) && MentionTrimmer.commonWords.contains(tokens.lower(index - 1))) { continue }
            var end = index + 1
            if tokens.kind(end) == .initial, !covered.contains(end) { end += 1 }
            let surnameStart = end
            if !covered.contains(end), isNameWord(end, tokens, gazetteer: gazetteer) { end += 1 }
            guard end > surnameStart, !tokens.isCapitalized(end) || tokens.kind(end) == .punctuation,
                  !(surnameStart..<end).contains(where: { endsOtherName(tokens.lower($0), tokens.text($0), gazetteer) }) else { continue }
            found.append(TokenSpan(index..<end, .person))
            index = end
        }
        return found
    }

    /// A capitalized word the tagger reads as a proper noun that no list gives as a place, organization
    /// or group.
    private static func isNameWord(_ index: Int, _ tokens: SentenceView, gazetteer: Gazetteer) -> Bool {
        guard tokens.isCapitalized(index), tokens.kind(index) == .word, tokens.flags(index).contains(.hasLowercase),
              !MentionTrimmer.commonWords.contains(tokens.lower(index)) else { return false }
        return GazetteerRules.kind(of: gazetteer.lookup(tokens.text(index))) == nil
    }

    /// Whether a word ends organizations', events' or places' names (“Society”, “Cup”, “Creek”).
    private static func endsOtherName(_ lower: String, _ text: String, _ gazetteer: Gazetteer) -> Bool {
        NameHeadRule.placeWords.contains(lower)
            || !gazetteer.lookup(text).isDisjoint(with: [.organizationSuffix, .eventWord, .title])
    }
}
