/// Person names in an article's credit lines, which the recognizer, reading them as sentences, often
/// splits or mistypes: a line that is nothing but "By Ana Ruiz-Vega and Tomás Ibáñez", and a wire
/// trailer's "Reporting by Ana Ruiz in Lima and Jon Vik; Editing by Sam Ito" (the places after "in" are
/// left to the other rules).
enum CreditLineRule {
    /// Words before "by" that open a credit ("Reporting by", "Additional reporting by", "Editing by").
    static let credits: Set<String> = ["reporting", "writing", "editing", "written", "reported"]

    /// The token ranges of the names the sentence credits.
    static func names(in tokens: SentenceView) -> [Range<Int>] {
        var names: [Range<Int>] = []
        var index = 0
        while index < tokens.count {
            let byLine = index == 0 && tokens.text(0) == "By" && tokens.count <= 16
                && (1..<tokens.count).allSatisfy { isNameWord(tokens, $0) || ["and", ",", "&"].contains(tokens.lower($0)) }
            let credit = tokens.lower(index) == "by" && credits.contains(tokens.lower(index - 1))
            index += 1
            guard byLine || credit else { continue }
            while index < tokens.count, tokens.text(index) != ";" {
                if tokens.lower(index) == "in" {
                    index += 1
                    while isNameWord(tokens, index) { index += 1 }
                    continue
                }
                let start = index
                while isNameWord(tokens, index) { index += 1 }
                if index - start >= 2 { names.append(start..<index) }
                if index == start { index += 1 }
            }
        }
        return names
    }

    /// Whether the token is a capitalized word that can be part of a name ("Okoro-Whitfield", "Élodie");
    /// names in capitals are `DatelineRule`'s.
    private static func isNameWord(_ tokens: SentenceView, _ index: Int) -> Bool {
        let text = tokens.text(index)
        return tokens.kind(index) == .word && tokens.isCapitalized(index) && text != text.uppercased()
            && !["And", "In", "By"].contains(text)
    }
}
