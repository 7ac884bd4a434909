extension SpeakerAttributor {
    /// How many sentences back a he/she the linker left alone looks for its person.
    static let pronounWindow = 3

    /// The person a he/she the linker did not resolve refers to: the one person of that gender (or, when
    /// none has a known gender, the one person at all) named outside quotations in the pronoun's sentence
    /// or the few before it. When several match, the speaker of the previous quotation wins if among them;
    /// otherwise nobody.
    func resolvePronoun(at token: Int, female: Bool) -> Int? {
        let sentence = context.document.sentenceIndex(of: token)
        let firstSentence = max(0, sentence - Self.pronounWindow)
        let floor = context.document.article.sentences.indices.contains(firstSentence) ? context.document.article.sentences[firstSentence].tokens.lowerBound : 0
        var matching: [Int] = []
        var unknown: [Int] = []
        for candidate in stride(from: token - 1, through: floor, by: -1) where context.quote(at: candidate) == nil {
            guard let mention = context.mention(at: candidate), context.entities[mention.entity].kind == .person else { continue }
            switch context.entities[mention.entity].gender {
            case .female where female, .male where !female:
                if !matching.contains(mention.entity) { matching.append(mention.entity) }
            case .unknown:
                if !unknown.contains(mention.entity) { unknown.append(mention.entity) }
            default:
                continue
            }
        }
        if matching.count == 1 { return matching.first }
        if matching.count > 1 { return lastSpeaker.flatMap { matching.contains($0) ? $0 : nil } }
        return unknown.count == 1 ? unknown.first : nil
    }
}

extension SpeakerAttributor {
    /// The person a bare title the linker left alone ("the President says") refers to: the one person
    /// named earlier in the same sentence outside quotations, else the one person the article has named
    /// with that title right before the name ("President Ana Ruiz"). Nobody when that is ambiguous.
    func resolveTitle(at head: Int) -> Int? {
        guard context.gazetteer.contains(context.word(head), .title) else { return nil }
        let sentence = context.document.sentenceIndex(of: head)
        let start = context.document.article.sentences.indices.contains(sentence) ? context.document.article.sentences[sentence].tokens.lowerBound : head
        var inSentence: Set<Int> = []
        for token in start..<head where context.quote(at: token) == nil {
            if let mention = context.mention(at: token), mention.form == .name, context.entities[mention.entity].kind == .person {
                inSentence.insert(mention.entity)
            }
        }
        if inSentence.count == 1 { return inSentence.first }
        guard inSentence.isEmpty else { return nil }
        var titled: Set<Int> = []
        for (token, entity) in namesAfterWord[context.lower(head)] ?? [] {
            guard token < head else { break }
            titled.insert(entity)
            if titled.count > 1 { return nil }
        }
        return titled.first
    }
}
