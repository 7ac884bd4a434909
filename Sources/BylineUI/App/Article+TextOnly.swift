import BylineCore

extension Article {
    /// Plain text as far as the reader needs it to show the text at once: its scalars and blocks
    /// (`PlainTextReader`, so offsets match the full parse), with no tokens or sentences yet.
    public static func textOnly(_ text: String) -> Article {
        textOnly(PlainTextReader.read(text))
    }
}
