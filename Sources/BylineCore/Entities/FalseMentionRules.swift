/// Spans the model gives that are no names: a bare count or ordinal typed a date (an age, “31”; a
/// minute, “71st”), and a sentence adverb opening a sentence (“Frankly,”) that no list knows.
enum FalseMentionRules {
    static func apply(_ spans: [TokenSpan], in tokens: SentenceView, gazetteer: Gazetteer) -> [TokenSpan] {
        spans.filter { span in
            guard span.range.count == 1 else { return true }
            let index = span.range.lowerBound
            if span.kind == .date { return !isCount(tokens.lower(index)) }
            return !isSentenceAdverb(index, tokens, gazetteer: gazetteer)
        }
    }

    /// One to three digits, with or without an ordinal ending: never a date alone.
    static func isCount(_ text: String) -> Bool {
        var digits = Substring(text)
        for ending in ["st", "nd", "rd", "th"] where digits.hasSuffix(ending) {
            digits = digits.dropLast(2)
            break
        }
        return (1...3).contains(digits.count) && digits.allSatisfy { $0.isASCII && $0.isNumber }
    }

    /// A capitalized word in -ly opening a sentence and followed by a comma, not listed as any name.
    private static func isSentenceAdverb(_ index: Int, _ tokens: SentenceView, gazetteer: Gazetteer) -> Bool {
        let word = tokens.lower(index)
        return tokens.isSentenceInitial(index) && word.count > 4 && word.hasSuffix("ly") && tokens.text(index + 1) == ","
            && gazetteer.lookup(tokens.text(index)).isEmpty
    }
}
