extension Corpus {
    /// The corpus with every sentence in headline title case, to measure how the labeller copes with
    /// headlines.
    public func titleCased() -> Corpus {
        var copy = self
        copy.name += "-titlecase"
        copy.sentences = sentences.map { sentence in
            var cased = sentence
            cased.tokens = HeadlineCasing.titleCased(sentence.tokens)
            return cased
        }
        return copy
    }
}
