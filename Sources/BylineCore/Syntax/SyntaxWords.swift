/// The surface facts about a sentence's words that the tagger and parser read, hashed once per word.
package struct SyntaxWords: Sendable {
    /// Lower-cased normalized word hashes (`TokenShape.lowerHash`).
    package var lower: [UInt64]
    /// Normalized word hashes, case kept.
    package var form: [UInt64]
    /// Word shape hashes.
    package var shape: [UInt64]
    /// Suffix hashes of lengths 1 to 4, four per word (shorter words repeat their whole form).
    package var suffixes: [UInt64]
    /// Prefix hashes of lengths 1 to 3, three per word.
    package var prefixes: [UInt64]

    /// The number of words.
    package var count: Int { lower.count }

    package init(_ words: [String]) {
        let count = words.count
        lower = []
        form = []
        shape = []
        suffixes = []
        prefixes = []
        lower.reserveCapacity(count)
        form.reserveCapacity(count)
        shape.reserveCapacity(count)
        suffixes.reserveCapacity(count * 4)
        prefixes.reserveCapacity(count * 3)
        for word in words {
            let token = TokenShape(word)
            lower.append(token.lowerHash)
            form.append(token.wordHash)
            shape.append(token.shapeHash)
            let length = token.lowered.count
            for suffixLength in 1...4 {
                suffixes.append(suffixLength >= length ? token.lowerHash : token.suffixHash(suffixLength))
            }
            for prefixLength in 1...3 {
                prefixes.append(prefixLength >= length ? token.lowerHash : token.prefixHash(prefixLength))
            }
        }
    }

    /// The hash of the suffix of `length` (1...4) of word `index`.
    @inline(__always)
    package func suffix(_ index: Int, _ length: Int) -> UInt64 { suffixes[index * 4 + length - 1] }

    /// The hash of the prefix of `length` (1...3) of word `index`.
    @inline(__always)
    package func prefix(_ index: Int, _ length: Int) -> UInt64 { prefixes[index * 3 + length - 1] }
}
