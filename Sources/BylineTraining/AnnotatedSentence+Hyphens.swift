extension AnnotatedSentence {
    /// The sentence with hyphenated words written without spaces ("Bailey - Ross" from "Bailey-Ross")
    /// joined back into one token, as Byline's tokenizer keeps them. `spaceAfter[i]` tells whether
    /// whitespace followed token `i` in the source. A join that would cut through a span is not made.
    /// The result keeps the spacing (`spaceAfter`) for the tokens it has.
    public func joiningHyphens(spaceAfter: [Bool]) -> AnnotatedSentence {
        guard spaceAfter.count == tokens.count else { return self }
        var spaced = self
        spaced.spaceAfter = spaceAfter
        guard tokens.count >= 3 else { return spaced }
        var boundaries = Set<Int>()
        for range in mentions.map(\.range) + unknown {
            boundaries.insert(range.lowerBound)
            boundaries.insert(range.upperBound)
        }
        // groups[i] is the index of the joined token that old token i belongs to.
        var groups: [Int] = []
        var joined: [String] = []
        var joinedSpaces: [Bool] = []
        var index = 0
        while index < tokens.count {
            var end = index + 1
            while end + 1 < tokens.count, tokens[end] == "-", !spaceAfter[end - 1], !spaceAfter[end],
                  Self.isWordy(tokens[end - 1]), Self.isWordy(tokens[end + 1]),
                  !boundaries.contains(end), !boundaries.contains(end + 1) {
                end += 2
            }
            groups.append(contentsOf: repeatElement(joined.count, count: end - index))
            joined.append(tokens[index..<end].joined())
            joinedSpaces.append(spaceAfter[end - 1])
            index = end
        }
        guard joined.count < tokens.count else { return spaced }
        func remap(_ range: Range<Int>) -> Range<Int> {
            groups[range.lowerBound]..<(groups[range.upperBound - 1] + 1)
        }
        return AnnotatedSentence(
            tokens: joined,
            mentions: mentions.map { AnnotatedSpan(range: remap($0.range), kind: $0.kind) },
            unknown: unknown.map(remap),
            spaceAfter: joinedSpaces
        )
    }

    /// Whether whitespace follows each token in `text`, found by walking the tokens through it; where a
    /// token cannot be found in order, whitespace is assumed.
    public static func spaceAfter(_ tokens: [String], in text: String) -> [Bool] {
        let scalars = Array(text.unicodeScalars)
        var position = 0
        return tokens.map { token in
            while position < scalars.count, scalars[position].properties.isWhitespace { position += 1 }
            let tokenScalars = Array(token.unicodeScalars)
            guard position + tokenScalars.count <= scalars.count,
                  Array(scalars[position..<position + tokenScalars.count]) == tokenScalars else { return true }
            position += tokenScalars.count
            return position >= scalars.count || scalars[position].properties.isWhitespace
        }
    }

    private static func isWordy(_ token: String) -> Bool {
        token.unicodeScalars.contains { $0.properties.isAlphabetic || $0.properties.numericType != nil }
    }
}
