/// Rules that find organizations the model splits or types otherwise:
///
/// - a capitalized name ending in a company form is one organization (“Pellow Mining Corp”,
///   “Ruritanian Breweries Ltd”), whatever the model made of its words;
/// - an acronym in parentheses right after a name is a mention of the same kind (“Harbour Transit
///   Authority (HTA)”);
/// - a place written right against an organization's name is part of it (“Velo Stock Exchange”), and
///   a demonym against a state's name (“the Ruritanian Republic”).
enum OrganizationRules {
    /// Lower-case words that may stand inside a company's name (“Procter and Gamble Co”).
    static let companyConnectors: Set<String> = ["&", "and", "de"]

    /// A run of capitalized words (with “&”, “and” or “de” between two of them) ending in a capitalized
    /// company form becomes one organization, replacing the spans inside it. The run starts after
    /// a lower-case word, punctuation, a title or the sentence's first word when that is a common word
    /// (“The”, “Shares”); it needs a word before the company form. Not in all-caps or title-case lines.
    static func companies(_ spans: [TokenSpan], in tokens: SentenceView, gazetteer: Gazetteer, titles: [Range<Int>]) -> [TokenSpan] {
        guard !tokens.isAllCaps, !tokens.isTitleCase else { return spans }
        let titleTokens = Set(titles.flatMap { Array($0) })
        var result = spans
        var index = 1
        while index < tokens.count {
            defer { index += 1 }
            guard tokens.isCapitalized(index) || tokens.text(index) == "plc",
                  gazetteer.contains(tokens.text(index), .legalSuffix) else { continue }
            var start = index
            while start > 0 {
                let previous = start - 1
                if titleTokens.contains(previous) || tokens.kind(previous) == .number { break }
                if isNameWord(previous, tokens) {
                    start = previous
                } else if companyConnectors.contains(tokens.text(previous)), previous > 0, isNameWord(previous - 1, tokens),
                          !titleTokens.contains(previous - 1) {
                    start = previous - 1
                } else {
                    break
                }
            }
            if start < index, tokens.isSentenceInitial(start), MentionTrimmer.commonWords.contains(tokens.lower(start)) { start += 1 }
            while start < index, tokens.lower(start) == "the" { start += 1 }
            guard start < index else { continue }
            let company = start..<(index + 1)
            if result.contains(where: { $0.range == company && $0.kind == .organization }) { continue }
            result.removeAll { $0.range.overlaps(company) && $0.range.lowerBound >= start }
            result.append(TokenSpan(company, .organization))
        }
        return result
    }

    private static func isNameWord(_ index: Int, _ tokens: SentenceView) -> Bool {
        guard tokens.isCapitalized(index) else { return false }
        return [.word, .abbreviation, .initial].contains(tokens.kind(index))
    }

    /// An acronym in parentheses right after an organization or event span gets that span's
    /// kind, replacing any span on it (“the Harbour Transit Authority (HTA)”).
    static func parenthesizedAcronyms(_ spans: [TokenSpan], in tokens: SentenceView) -> [TokenSpan] {
        var result = spans
        for span in spans where [.organization, .event].contains(span.kind) {
            let open = span.range.upperBound
            guard tokens.text(open) == "(", tokens.text(open + 2) == ")",
                  AliasResolver.acronymLetters(tokens.text(open + 1)) != nil else { continue }
            let acronym = (open + 1)..<(open + 2)
            result.removeAll { $0.range.overlaps(acronym) }
            result.append(TokenSpan(acronym, span.kind))
        }
        return result
    }

    /// Words that make a state's name after a demonym (“the Ruritanian Republic”).
    static let stateWords: Set<String> = ["republic", "kingdom", "federation", "empire", "emirates", "confederation", "principality", "sultanate"]

    /// Two spans written against each other that are one name: a place and an organization or event
    /// of more than one word after it, of the second's kind (“Velo” + “Stock Exchange”); a demonym and a
    /// place after it of more than one word or a state word, a place (“Ruritanian” + “Republic”). A
    /// demonym before an organization stays apart (“Ruritanian” + “Foreign Ministry”, as news corpora
    /// annotate it), and so does a one-word name after a place (“Velo” + “Tarn”).
    static func joinAdjacent(_ spans: [TokenSpan], in tokens: SentenceView) -> [TokenSpan] {
        let sorted = spans.sorted { $0.range.lowerBound < $1.range.lowerBound }
        var result: [TokenSpan] = []
        for span in sorted {
            if let last = result.last, last.range.upperBound == span.range.lowerBound, joins(last, span, tokens) {
                result[result.count - 1] = TokenSpan(last.range.lowerBound..<span.range.upperBound, span.kind)
            } else {
                result.append(span)
            }
        }
        return result
    }

    private static func joins(_ first: TokenSpan, _ second: TokenSpan, _ tokens: SentenceView) -> Bool {
        switch (first.kind, second.kind) {
        case (.place, .organization), (.place, .event): second.range.count > 1
        case (.group, .place): second.range.count > 1 || second.range.count == 1 && stateWords.contains(tokens.lower(second.range.lowerBound))
        default: false
        }
    }

    /// A name ending in an organization word, “of” and a name after it are one organization (“Tarnby
    /// Chamber” + “of” + “Commerce”, “Bank of Tarnby” split by the model): the name after may be a span
    /// of any kind but a person or a date, or capitalized words no span covers. The first name may have
    /// been taken for a person: a person's name does not end in “Chamber” or “Bank” before “of”.
    static func joinOf(_ spans: [TokenSpan], in tokens: SentenceView, gazetteer: Gazetteer) -> [TokenSpan] {
        guard !tokens.isAllCaps, !tokens.isTitleCase else { return spans }
        var result = spans.sorted { $0.range.lowerBound < $1.range.lowerBound }
        var position = 0
        while position < result.count {
            defer { position += 1 }
            let first = result[position]
            let of = first.range.upperBound
            guard first.kind != .date, tokens.text(of) == "of", tokens.isCapitalized(of - 1),
                  gazetteer.contains(tokens.text(of - 1), .organizationSuffix), tokens.isCapitalized(of + 1),
                  tokens.kind(of + 1) == .word else { continue }
            let next = position + 1 < result.count && result[position + 1].range.lowerBound == of + 1 ? result[position + 1] : nil
            if let next, next.kind == .person || next.kind == .date { continue }
            var end = next?.range.upperBound ?? of + 1
            if next == nil {
                while end < tokens.count, tokens.isCapitalized(end), tokens.kind(end) == .word,
                      !result.contains(where: { $0.range.contains(end) }) { end += 1 }
            }
            result[position] = TokenSpan(first.range.lowerBound..<end, .organization)
            if next != nil { result.remove(at: position + 1) }
        }
        return result
    }

    /// Capitalized words no span covers ending in an organization word, “of” and a span after it are one
    /// organization (“University of” + “Tarnby”, “Bank of” + “Velo”): the model found only the name after
    /// “of”. The span after may be of any kind but a person or a date; a sentence's first common word and
    /// “The” stay out.
    static func uncoveredOf(_ spans: [TokenSpan], in tokens: SentenceView, gazetteer: Gazetteer, titles: [Range<Int>]) -> [TokenSpan] {
        guard !tokens.isAllCaps, !tokens.isTitleCase else { return spans }
        let covered = Set(spans.flatMap { Array($0.range) } + titles.flatMap { Array($0) })
        var result = spans
        for (position, span) in spans.enumerated() where span.kind != .person && span.kind != .date {
            let of = span.range.lowerBound - 1
            guard of >= 2, tokens.text(of) == "of", !covered.contains(of - 1), isNameWord(of - 1, tokens),
                  gazetteer.contains(tokens.text(of - 1), .organizationSuffix) else { continue }
            var start = of - 1
            while start > 0, !covered.contains(start - 1), isNameWord(start - 1, tokens) { start -= 1 }
            while start < of - 1, tokens.lower(start) == "the" || tokens.isSentenceInitial(start)
                    && MentionTrimmer.commonWords.contains(tokens.lower(start)) { start += 1 }
            result[position] = TokenSpan(start..<span.range.upperBound, .organization)
        }
        return result
    }

    /// The acronyms a document defines for organizations: one-word organization spans in parentheses
    /// right after another organization's span (“Eastvale Transit Authority (ETA)”), and the initials of
    /// an organization's name of three or more words, function words skipped (“Eastvale Institute of
    /// Mining Technology” defines “EIMT”).
    static func definedAcronyms(_ sentences: [(SentenceView, [TokenSpan])]) -> Set<String> {
        var acronyms: Set<String> = []
        for (tokens, spans) in sentences {
            for span in spans where span.kind == .organization && span.range.count >= 3 {
                if let initials = initials(of: span.range, in: tokens) { acronyms.insert(initials) }
            }
            for span in spans where span.kind == .organization && span.range.count == 1 {
                let index = span.range.lowerBound
                guard tokens.text(index - 1) == "(", tokens.text(index + 1) == ")",
                      AliasResolver.acronymLetters(tokens.text(index)) != nil,
                      spans.contains(where: { $0.kind == .organization && $0.range.upperBound == index - 1 }) else { continue }
                acronyms.insert(tokens.text(index))
            }
        }
        return acronyms
    }

    /// The capital initials of a name's capitalized words when every word but function words is
    /// capitalized and at least three are (“Eastvale Institute of Mining Technology”: “EIMT”).
    static func initials(of range: Range<Int>, in tokens: SentenceView) -> String? {
        var letters = ""
        for index in range where !AliasResolver.functionWords.contains(tokens.lower(index)) {
            guard tokens.kind(index) == .word, tokens.isCapitalized(index), let first = tokens.text(index).first,
                  first.isUppercase else { return nil }
            letters.append(first)
        }
        return letters.count >= 3 ? letters : nil
    }

    /// The sentence's spans with the document's defined acronyms found wherever no span covers them, and
    /// one-word spans of another kind with their text retyped organizations (“ETA said”); not in a line
    /// written all in capitals, where any word looks like an acronym.
    static func acronymMentions(_ spans: [TokenSpan], in tokens: SentenceView, acronyms: Set<String>) -> [TokenSpan] {
        guard !acronyms.isEmpty, !tokens.isAllCaps else { return spans }
        let covered = Set(spans.flatMap { Array($0.range) })
        var result = spans.map { span -> TokenSpan in
            guard span.range.count == 1, span.kind != .organization, acronyms.contains(tokens.text(span.range)) else { return span }
            return TokenSpan(span.range, .organization)
        }
        for index in 0..<tokens.count where !covered.contains(index) && acronyms.contains(tokens.text(index)) {
            result.append(TokenSpan(index..<(index + 1), .organization))
        }
        return result
    }
}
