/// Text decoded from an input's bytes: the encoding it was read in and how many invalid sequences were
/// replaced by U+FFFD.
public struct DecodedText: Sendable, Equatable {
    /// The text, without a leading byte order mark and otherwise exactly as in the input.
    public let text: String
    /// How many invalid sequences became U+FFFD; the CLI warns once when this is not zero.
    public let invalidSequenceCount: Int
    /// The encoding the bytes were read in.
    public let encoding: TextEncoding
    /// Whether the encoding was guessed (Windows-1252 for text that is not valid UTF-8) rather than
    /// named by a byte order mark or a `<meta charset>`, or UTF-8 by default; the CLI warns once then.
    public let encodingGuessed: Bool
    /// The length of the byte order mark the text started with (0 for none).
    public let byteOrderMarkLength: Int

    public init(text: String, invalidSequenceCount: Int, encoding: TextEncoding = .utf8, encodingGuessed: Bool = false,
                byteOrderMarkLength: Int = 0) {
        self.text = text
        self.invalidSequenceCount = invalidSequenceCount
        self.encoding = encoding
        self.encodingGuessed = encodingGuessed
        self.byteOrderMarkLength = byteOrderMarkLength
    }
}
