/// Names inside a hyphenated word: “Oslo-based”, “Kremlin-backed”, “Saudi-led” give the place,
/// organization or group before the hyphen when the gazetteer lists it and the rest is lower case.
enum HyphenatedNameRule {
    /// The mentions inside the sentence's hyphenated words that no span covers.
    static func mentions(in tokens: SentenceView, covered spans: [TokenSpan], gazetteer: Gazetteer) -> [NamedMention] {
        guard !tokens.isAllCaps else { return [] }
        let covered = Set(spans.flatMap { Array($0.range) })
        return (0..<tokens.count).compactMap { index in
            guard !covered.contains(index), tokens.kind(index) == .word, tokens.isCapitalized(index) else { return nil }
            let text = tokens.text(index)
            guard let hyphen = text.firstIndex(of: "-") else { return nil }
            let head = String(text[..<hyphen])
            let rest = text[text.index(after: hyphen)...]
            guard let first = rest.first, first.isLowercase,
                  let kind = GazetteerRules.kind(of: gazetteer.lookup(head)) else { return nil }
            guard let start = tokens.range(index)?.start else { return nil }
            return NamedMention(range: TextRange(start: start, end: start + head.unicodeScalars.count), kind: kind)
        }
    }
}
