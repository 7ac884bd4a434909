import BylineCore

extension Evaluation {
    /// Scores the whole recognition stage, model and rules, as the reader runs it: each sentence is
    /// rebuilt as text (`AnnotatedSentence.sourceText`), parsed with `Article.parse` and given to
    /// `MentionFinder.find`. Predicted mentions are compared with the gold spans by their text offsets,
    /// which is the same as comparing token indices for spans whose ends fall on corpus token
    /// boundaries; a mention that cuts a corpus token can match nothing and counts as wrong.
    /// As in `run`, only the corpus's annotated kinds count and mentions touching an unknown span are
    /// set aside.
    public static func pipeline(_ recognizer: EntityRecognizer, gazetteer: Gazetteer, on corpus: Corpus) -> Evaluation {
        var byKind = emptyCounts(corpus)
        for sentence in corpus.sentences where !sentence.tokens.isEmpty {
            let (text, starts, ends) = sentence.sourceText
            func textRange(_ tokens: Range<Int>) -> TextRange {
                TextRange(start: starts[tokens.lowerBound], end: ends[tokens.upperBound - 1])
            }
            let unknown = sentence.unknown.map(textRange)
            let predicted = MentionFinder.find(in: Document(Article.parse(text)), recognizer: recognizer, gazetteer: gazetteer)
                .filter { mention in
                    corpus.annotatedKinds.contains(mention.kind) && !unknown.contains { $0.overlaps(mention.range) }
                }
            count(gold: sentence.mentions.map { mention in
                      let range = textRange(mention.range)
                      return SpanKey(start: range.start, end: range.end, kind: mention.kind)
                  },
                  guessed: predicted.map { SpanKey(start: $0.range.start, end: $0.range.end, kind: $0.kind) },
                  into: &byKind)
        }
        return Evaluation(corpus: corpus.name + " (pipeline)", byKind: byKind, tokens: corpus.tokenCount)
    }
}
