/// Finds date expressions in a sentence by rule, as token ranges:
///
/// - weekdays, with a following part of the day (“Wednesday morning”) and a following date
///   (“Tuesday, April 11, 2017”);
/// - month dates: “April 12, 2017”, “April 12”, “April 2017”, “12 April 2017”, “Sept. 5”; a month alone
///   where it cannot be a name or verb: January, February, July and September to December always,
///   April, May, June, March and August after a word like “in”, “since” or “last”;
/// - relative dates: “last week”, “next month”, “this year”, “past decade”, “last Friday”;
/// - a year (1000 to 2099) after a word like “in”, “since” or “by”, unless a lower-case word other than
///   a function word follows (“by 2000 votes”);
/// - decades: “1990s”, “’90s” (without the “the”, as names leave it out).
enum DateRecognizer {
    static let weekdays: Set<String> = ["monday", "tuesday", "wednesday", "thursday", "friday", "saturday", "sunday"]
    static let months: Set<String> = [
        "january", "february", "march", "april", "may", "june", "july", "august", "september", "october",
        "november", "december",
    ]
    /// Months that are also names or verbs: these need a date context when they stand alone.
    static let ambiguousMonths: Set<String> = ["march", "april", "may", "june", "august"]
    static let monthAbbreviations: Set<String> = [
        "jan.", "feb.", "mar.", "apr.", "jun.", "jul.", "aug.", "sep.", "sept.", "oct.", "nov.", "dec.",
    ]
    static let partsOfDay: Set<String> = ["morning", "afternoon", "evening", "night"]
    static let relativeModifiers: Set<String> = ["last", "next", "this", "past", "coming", "previous"]
    static let units: Set<String> = [
        "week", "weekend", "month", "year", "decade", "century", "spring", "summer", "fall", "autumn",
        "winter", "quarter",
    ]
    /// Words after which a bare year or month is a date.
    static let dateContext: Set<String> = [
        "in", "on", "since", "until", "till", "by", "from", "to", "of", "during", "before", "after", "early",
        "late", "mid", "between", "and", "through", "around", "last", "next", "this", "starting",
    ]
    /// Lower-case words that may follow a year without making it a count (“in 2016 when …”).
    static let afterYear: Set<String> = [
        "and", "or", "but", "when", "after", "before", "as", "with", "in", "on", "at", "for", "to", "that",
        "which", "while", "the", "a", "he", "she", "they", "it", "we", "was", "were", "is", "had", "has",
    ]

    /// The date ranges of the sentence, in order, not overlapping.
    static func find(in tokens: SentenceView) -> [Range<Int>] {
        var found: [Range<Int>] = []
        var index = 0
        while index < tokens.count {
            if let range = match(at: index, tokens: tokens) {
                found.append(range)
                index = range.upperBound
            } else {
                index += 1
            }
        }
        return found
    }

    private static func match(at index: Int, tokens: SentenceView) -> Range<Int>? {
        let word = tokens.lower(index)
        if weekdays.contains(word), tokens.isCapitalized(index) {
            var end = index + 1
            if partsOfDay.contains(tokens.lower(end)) { end += 1 }
            if tokens.text(end) == ",", let date = monthDate(at: end + 1, tokens: tokens, alone: false) {
                end = date.upperBound
            }
            return index..<end
        }
        if relativeModifiers.contains(word), !tokens.isCapitalized(index) || tokens.isSentenceInitial(index) {
            let next = tokens.lower(index + 1)
            if units.contains(next) || weekdays.contains(next) || (months.contains(next) && tokens.isCapitalized(index + 1)) {
                return index..<(index + 2)
            }
        }
        if let date = monthDate(at: index, tokens: tokens, alone: true) { return date }
        if dayNumber(index, tokens) != nil, isMonth(index + 1, tokens) {
            return index..<(yearNumber(index + 2, tokens) == nil ? index + 2 : index + 3)
        }
        if yearNumber(index, tokens) != nil, dateContext.contains(tokens.lower(index - 1)) || tokens.lower(index - 1) == "-" {
            let next = index + 1
            if tokens.isLowercaseWord(next), !afterYear.contains(tokens.lower(next)) { return nil }
            return index..<next
        }
        if isDecade(tokens.text(index)) { return index..<(index + 1) }
        return nil
    }

    /// “April 12, 2017”, “April 12”, “April 2017”, or a month alone (see the type's rules).
    private static func monthDate(at index: Int, tokens: SentenceView, alone: Bool) -> Range<Int>? {
        guard isMonth(index, tokens) else { return nil }
        if dayNumber(index + 1, tokens) != nil {
            if tokens.text(index + 2) == ",", yearNumber(index + 3, tokens) != nil {
                return index..<(index + 4)
            }
            if yearNumber(index + 2, tokens) != nil { return index..<(index + 3) }
            return index..<(index + 2)
        }
        if yearNumber(index + 1, tokens) != nil { return index..<(index + 2) }
        let word = tokens.lower(index)
        guard alone, months.contains(word) else { return nil }
        if !ambiguousMonths.contains(word) || dateContext.contains(tokens.lower(index - 1)) { return index..<(index + 1) }
        return nil
    }

    private static func isMonth(_ index: Int, _ tokens: SentenceView) -> Bool {
        guard tokens.isCapitalized(index) else { return false }
        let word = tokens.lower(index)
        return months.contains(word) || monthAbbreviations.contains(word)
    }

    /// A day of the month: 1 to 31, with or without an ordinal ending (“12th”).
    private static func dayNumber(_ index: Int, _ tokens: SentenceView) -> Int? {
        guard let lead = tokens.text(index).utf8.first,
              (UInt8(ascii: "0")...UInt8(ascii: "9")).contains(lead) || lead == UInt8(ascii: "+") else { return nil }
        var text = tokens.lower(index)
        for ending in ["st", "nd", "rd", "th"] where text.hasSuffix(ending) { text.removeLast(2) }
        guard text.count <= 2, let day = Int(text), (1...31).contains(day) else { return nil }
        return day
    }

    /// A year from 1000 to 2099 written with four digits.
    private static func yearNumber(_ index: Int, _ tokens: SentenceView) -> Int? {
        guard tokens.kind(index) == .number else { return nil }
        let text = tokens.text(index)
        guard text.count == 4, let year = Int(text), (1000...2099).contains(year) else { return nil }
        return year
    }

    /// “1990s”, “’90s”, “'90s”.
    static func isDecade(_ text: String) -> Bool {
        guard text.utf8.last == UInt8(ascii: "s") else { return false }
        var digits = Substring(text)
        guard digits.hasSuffix("s") else { return false }
        digits.removeLast()
        if let first = digits.first, first == "'" || first == "\u{2019}" {
            digits.removeFirst()
            return digits.count == 2 && digits.allSatisfy(\.isASCII) && digits.allSatisfy(\.isNumber) && digits.last == "0"
        }
        return digits.count == 4 && digits.allSatisfy(\.isASCII) && digits.allSatisfy(\.isNumber) && digits.last == "0"
    }
}
