/// The distinct words of a document as the tagger and parser read them: each distinct token text is
/// shaped and hashed once (`SyntaxWords` of the distinct texts), and each token points at its text's
/// entry, so a sentence's `SyntaxWords` are gathered from the lexicon instead of being made from strings.
struct SyntaxLexicon {
    /// One word per distinct token text.
    let distinct: SyntaxWords
    /// Each token's index in `distinct`.
    let typeOf: [Int32]

    init(_ document: Document) {
        var typeOfText = [Int32](repeating: -1, count: document.strings.count)
        var distinct = SyntaxWords(capacity: 0)
        var typeOf: [Int32] = []
        typeOf.reserveCapacity(document.count)
        for id in document.orth {
            let text = Int(id.raw)
            if typeOfText[text] < 0 {
                typeOfText[text] = Int32(distinct.count)
                distinct.append(TokenShape(document.strings[id]))
            }
            typeOf.append(typeOfText[text])
        }
        self.distinct = distinct
        self.typeOf = typeOf
    }

    /// The words of the tokens in `tokens`, with their `types`.
    func words(_ tokens: Range<Int>) -> SyntaxWords {
        var words = SyntaxWords(capacity: tokens.count)
        words.types.reserveCapacity(tokens.count)
        for token in tokens {
            let type = typeOf[token]
            words.append(distinct, word: Int(type))
            words.types.append(type)
        }
        return words
    }
}
