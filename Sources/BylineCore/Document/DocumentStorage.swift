/// An immutable value behind one reference: copying what holds it costs one retain however many arrays
/// the value has. `Document` keeps its layers this way because rules pass sentence views (each holding
/// the document) by value in their inner loops.
final class Shared<Value: Sendable>: Sendable {
    let value: Value

    init(_ value: Value) {
        self.value = value
    }
}

/// The layers a document is made with: the article and each token's interned text, lexeme, sentence and
/// paragraph.
struct TextLayers: Sendable {
    let article: Article
    let strings: StringStore
    let orth: [LexemeID]
    let lexemes: [Lexeme]
    let sentenceOf: [Int32]
    let paragraphOf: [Int32]
    let paragraphTokens: [Range<Int>]

    init(_ article: Article) {
        self.article = article
        var strings = StringStore(capacity: min(article.tokens.count, 1 << 16))
        var orth: [LexemeID] = []
        orth.reserveCapacity(article.tokens.count)
        article.scalars.withUnsafeBufferPointer { scalars in
            for token in article.tokens {
                let slice = UnsafeBufferPointer(rebasing: scalars[token.range.start..<token.range.end])
                orth.append(strings.intern(slice))
            }
        }
        var lexemes: [Lexeme] = []
        var position = 0
        while position < strings.count {
            let id = LexemeID(Int32(position))
            let text = strings[id]
            let lowered = text.lowercased()
            let lower = strings.intern(lowered)
            let norm = lowered.contains("’") ? strings.intern(lowered.replacingOccurrences(of: "’", with: "'")) : lower
            lexemes.append(Lexeme(lower: lower, norm: norm, flags: LexemeFlags(text.unicodeScalars)))
            position += 1
        }
        self.strings = strings
        self.orth = orth
        self.lexemes = lexemes
        var sentenceOf = [Int32](repeating: 0, count: article.tokens.count)
        for (index, sentence) in article.sentences.enumerated() {
            for token in sentence.tokens where token < sentenceOf.count { sentenceOf[token] = Int32(index) }
        }
        self.sentenceOf = sentenceOf
        var paragraphOf = [Int32](repeating: 0, count: article.tokens.count)
        var paragraphTokens: [Range<Int>] = []
        var next = 0
        for (index, paragraph) in article.paragraphs.enumerated() {
            while next < article.tokens.count, article.tokens[next].range.start < paragraph.start { next += 1 }
            let first = next
            while next < article.tokens.count, article.tokens[next].range.end <= paragraph.end {
                paragraphOf[next] = Int32(index)
                next += 1
            }
            paragraphTokens.append(first..<next)
        }
        self.paragraphOf = paragraphOf
        self.paragraphTokens = paragraphTokens
    }
}

/// The layers the analysis stages add to a document (see `DocumentLayer`), with the indexes made from
/// them.
struct AddedLayers: Sendable {
    var layers: Set<DocumentLayer> = [.tokens]
    var syntax = SyntaxLayer(upos: [], head: [], deprel: [])
    var dependents = DependentIndex(heads: [])
    var names: [NamedMention] = []
    var entities: [Entity] = []
    var mentions = MentionLayer()
    var quotes: [Quote] = []
    var relations: [Relation] = []
}
