extension AnnotatedSentence {
    /// The sentence as running text: tokens joined by one space, or by nothing where the corpus says no
    /// whitespace followed (`spaceAfter`), with each token's start and end as Unicode scalar offsets
    /// (the unit of `TextRange`).
    public var sourceText: (text: String, starts: [Int], ends: [Int]) {
        var text = ""
        var starts: [Int] = []
        var ends: [Int] = []
        var length = 0
        for (index, token) in tokens.enumerated() {
            starts.append(length)
            text += token
            length += token.unicodeScalars.count
            ends.append(length)
            let isLast = index == tokens.count - 1
            if !isLast, spaceAfter.map({ index < $0.count ? $0[index] : true }) ?? true {
                text += " "
                length += 1
            }
        }
        return (text, starts, ends)
    }
}
