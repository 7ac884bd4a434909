/// Text decoded from an input's bytes, with how many invalid UTF-8 sequences were replaced by U+FFFD.
public struct DecodedText: Sendable, Equatable {
    /// The text, without a leading byte order mark and otherwise exactly as in the input.
    public let text: String
    /// How many invalid UTF-8 sequences became U+FFFD; the CLI warns once when this is not zero.
    public let invalidSequenceCount: Int

    public init(text: String, invalidSequenceCount: Int) {
        self.text = text
        self.invalidSequenceCount = invalidSequenceCount
    }
}
