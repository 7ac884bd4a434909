extension Article {
    /// Builds an article from decoded text: its scalars, paragraphs (`ParagraphSplitter`), tokens
    /// (`Tokenizer`) and sentences (`SentenceSplitter`). The text is kept exactly as given.
    public static func parse(_ text: String) -> Article {
        let scalars = Array(text.unicodeScalars)
        let paragraphs = ParagraphSplitter.paragraphs(in: scalars)
        var scanner = TokenScanner(scalars: scalars, capacity: scalars.count / 5)
        for paragraph in paragraphs {
            scanner.scan(paragraph)
        }
        let tokens = scanner.tokens
        let sentences = SentenceSplitter.sentences(in: scalars, tokens: tokens, paragraphs: paragraphs)
        return Article(text: text, scalars: scalars, paragraphs: paragraphs, tokens: tokens, sentences: sentences)
    }
}
