import BylineCore

extension Evaluation {
    /// Scores the whole recognition stage, model and rules, as the reader runs it: each sentence is
    /// rebuilt as text (`AnnotatedSentence.sourceText`), or, where the corpus keeps documents, each
    /// document's sentences are joined into one text, a line each (a paragraph each, as `Article.parse`
    /// reads a text without blank lines); the text is parsed with
    /// `Article.parse` and given to `MentionFinder.find`. Predicted mentions are compared with the gold
    /// spans by their text offsets, which is the same as comparing token indices for spans whose ends
    /// fall on corpus token boundaries; a mention that cuts a corpus token can match nothing and counts
    /// as wrong. As in `run`, only the corpus's annotated kinds count and mentions touching an unknown
    /// span are set aside.
    public static func pipeline(_ recognizer: EntityRecognizer, gazetteer: Gazetteer, on corpus: Corpus) -> Evaluation {
        var byKind = emptyCounts(corpus)
        var mistakes: [String] = []
        let texts = corpus.documents ?? corpus.sentences.indices.map { $0..<($0 + 1) }
        for sentences in texts {
            var text = ""
            var length = 0
            var gold: [SpanKey] = []
            var unknown: [TextRange] = []
            for sentence in corpus.sentences[sentences] where !sentence.tokens.isEmpty {
                if length > 0 {
                    text += "\n"
                    length += 1
                }
                let (sentenceText, starts, ends) = sentence.sourceText
                func textRange(_ tokens: Range<Int>) -> TextRange {
                    TextRange(start: length + starts[tokens.lowerBound], end: length + ends[tokens.upperBound - 1])
                }
                unknown += sentence.unknown.map(textRange)
                gold += sentence.mentions.map { mention in
                    let range = textRange(mention.range)
                    return SpanKey(start: range.start, end: range.end, kind: mention.kind)
                }
                text += sentenceText
                length += sentenceText.unicodeScalars.count
            }
            guard length > 0 else { continue }
            let article = Article.parse(text)
            let predicted = MentionFinder.find(in: Document(article), recognizer: recognizer, gazetteer: gazetteer)
                .filter { mention in
                    corpus.annotatedKinds.contains(mention.kind) && !unknown.contains { $0.overlaps(mention.range) }
                }
            let guessed = predicted.map { SpanKey(start: $0.range.start, end: $0.range.end, kind: $0.kind) }
            count(gold: gold, guessed: guessed, into: &byKind)
            mistakes += describeMistakes(gold: gold, guessed: guessed, in: article)
        }
        var evaluation = Evaluation(corpus: corpus.name + " (pipeline)", byKind: byKind, tokens: corpus.tokenCount)
        evaluation.mistakes = mistakes
        return evaluation
    }

    /// One line per wrong span: `-` missed or `+` wrong guess, its kind, its text and its sentence.
    private static func describeMistakes(gold: [SpanKey], guessed: [SpanKey], in article: Article) -> [String] {
        let goldSet = Set(gold)
        let guessedSet = Set(guessed)
        func line(_ sign: String, _ key: SpanKey) -> String {
            let range = TextRange(start: key.start, end: key.end)
            let sentence = article.sentences.first { $0.range.start <= key.start && key.start < $0.range.end }
            return "\(sign) \(key.kind.rawValue)\t\(article.string(range))\t\(sentence.map { article.string($0.range) } ?? "")"
        }
        return gold.filter { !guessedSet.contains($0) }.map { line("-", $0) }
            + guessed.filter { !goldSet.contains($0) }.map { line("+", $0) }
    }
}
