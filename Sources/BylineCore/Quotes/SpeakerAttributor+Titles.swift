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
