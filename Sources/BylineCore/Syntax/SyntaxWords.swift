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
    /// Each word's index among the distinct words of its document (`SyntaxLexicon`), when the words
    /// were gathered from one; empty otherwise.
    package var types: [Int32] = []

    /// The number of words.
    package var count: Int { lower.count }

    /// No words, with room for `capacity`.
    package init(capacity: Int) {
        lower = []
        form = []
        shape = []
        suffixes = []
        prefixes = []
        lower.reserveCapacity(capacity)
        form.reserveCapacity(capacity)
        shape.reserveCapacity(capacity)
        suffixes.reserveCapacity(capacity * 4)
        prefixes.reserveCapacity(capacity * 3)
    }

    package init(_ words: [String]) {
        self.init(capacity: words.count)
        for word in words {
            append(TokenShape(word))
        }
    }

    /// Adds a word given by its shape.
    package mutating func append(_ token: TokenShape) {
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

    /// Adds word `index` of `other`.
    @inline(__always)
    package mutating func append(_ other: SyntaxWords, word index: Int) {
        lower.append(other.lower[index])
        form.append(other.form[index])
        shape.append(other.shape[index])
        suffixes.append(contentsOf: other.suffixes[index * 4..<index * 4 + 4])
        prefixes.append(contentsOf: other.prefixes[index * 3..<index * 3 + 3])
    }

    /// The hash of the suffix of `length` (1...4) of word `index`.
    @inline(__always)
    package func suffix(_ index: Int, _ length: Int) -> UInt64 { suffixes[index * 4 + length - 1] }

    /// The hash of the prefix of `length` (1...3) of word `index`.
    @inline(__always)
    package func prefix(_ index: Int, _ length: Int) -> UInt64 { prefixes[index * 3 + length - 1] }
}
