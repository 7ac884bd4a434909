/// Why an input cannot be read as an article. `description` completes a sentence that starts with the
/// input's name ("notes.bin looks like a binary file (NUL bytes)").
public enum IngestError: Error, Equatable, Sendable, CustomStringConvertible {
    /// The input has no bytes at all.
    case empty
    /// The input has only whitespace (after a byte order mark, if any).
    case onlyWhitespace
    /// The input contains NUL bytes, which text never does.
    case nulBytes
    /// Most of the input is not valid UTF-8.
    case mostlyInvalidUTF8
    /// Most of the input is control characters other than tabs and line breaks.
    case mostlyControlCharacters

    /// Whether the input looked like a binary file rather than being empty.
    public var isBinary: Bool {
        switch self {
        case .empty, .onlyWhitespace: false
        case .nulBytes, .mostlyInvalidUTF8, .mostlyControlCharacters: true
        }
    }

    public var description: String {
        switch self {
        case .empty: "is empty"
        case .onlyWhitespace: "is empty (only whitespace)"
        case .nulBytes: "looks like a binary file (NUL bytes)"
        case .mostlyInvalidUTF8: "looks like a binary file (mostly invalid UTF-8)"
        case .mostlyControlCharacters: "looks like a binary file (mostly control characters)"
        }
    }
}
