extension Article {
    /// Builds an article from plain text: its blocks (`PlainTextReader`), tokens (`Tokenizer`) and
    /// sentences (`SentenceSplitter`). The text is kept exactly as given.
    public static func parse(_ text: String) -> Article {
        parse(PlainTextReader.read(text))
    }

    /// Builds an article from text a format reader extracted: tokens and sentences within its blocks.
    public static func parse(_ extracted: ArticleText) -> Article {
        parse(extracted, scalars: extracted.text.scalarArray)
    }

    /// `parse(_:)` with the text's scalars already decoded.
    private static func parse(_ extracted: ArticleText, scalars: [Unicode.Scalar]) -> Article {
        let paragraphs = extracted.blocks.map(\.range)
        var scanner = TokenScanner(scalars: scalars, capacity: scalars.count / 5)
        for paragraph in paragraphs {
            scanner.scan(paragraph)
        }
        let tokens = scanner.fittedTokens
        let sentences = SentenceSplitter.sentences(in: scalars, tokens: tokens, paragraphs: paragraphs)
        return Article(text: extracted.text, scalars: scalars, blocks: extracted.blocks, tokens: tokens,
                       sentences: sentences, inlines: extracted.inlines, metadata: extracted.metadata)
    }

    /// The article as far as a reader needs it to show the text at once: its scalars and blocks, with
    /// no tokens or sentences yet (offsets match the full parse).
    public static func textOnly(_ extracted: ArticleText) -> Article {
        Article(text: extracted.text, scalars: extracted.text.scalarArray, blocks: extracted.blocks,
                tokens: [], sentences: [], inlines: extracted.inlines, metadata: extracted.metadata)
    }

    /// The article with its tokens and sentences, from one made by `textOnly` (its blocks, inline styles
    /// and metadata kept).
    public func parsed() -> Article {
        Article.parse(ArticleText(text: text, blocks: blocks, inlines: inlines, metadata: metadata), scalars: scalars)
    }
}
