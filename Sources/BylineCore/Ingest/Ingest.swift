/// Turns an input's bytes into text, refusing inputs that are empty or look binary.
public enum Ingest {
    /// Decodes `bytes` as UTF-8.
    ///
    /// A leading UTF-8 byte order mark is dropped (offsets then count from the first scalar after it);
    /// nothing else changes: no newline, whitespace or Unicode normalization. Invalid sequences in
    /// otherwise valid text become U+FFFD (one per maximal invalid subpart) and are counted.
    ///
    /// - Throws: `IngestError.empty` or `.onlyWhitespace` for inputs with nothing to read; `.nulBytes`,
    ///   `.mostlyInvalidUTF8` or `.mostlyControlCharacters` for inputs that look binary: NUL bytes, or
    ///   more than 30% of the scalars invalid sequences or control characters.
    public static func decode(_ bytes: [UInt8]) throws(IngestError) -> DecodedText {
        guard !bytes.isEmpty else { throw .empty }
        let hasBOM = bytes.starts(with: [0xEF, 0xBB, 0xBF])
        let body = bytes[(hasBOM ? 3 : 0)...]
        var controlCount = 0
        var leadByteCount = 0
        for byte in body {
            if byte & 0xC0 != 0x80 { leadByteCount += 1 }
            guard byte < 0x20 || byte == 0x7F else { continue }
            if byte == 0 { throw .nulBytes }
            if !(0x09...0x0D).contains(byte) { controlCount += 1 }
        }
        let decoded = decodeUTF8(body, leadByteCount: leadByteCount)
        let scalarCount = decoded.scalarCount
        if decoded.invalidCount * 10 > scalarCount * 3 { throw .mostlyInvalidUTF8 }
        if (controlCount + decoded.invalidCount) * 10 > scalarCount * 3 { throw .mostlyControlCharacters }
        guard decoded.text.unicodeScalars.contains(where: { ScalarClass($0) != .whitespace }) else {
            throw body.isEmpty ? .empty : .onlyWhitespace
        }
        return DecodedText(text: decoded.text, invalidSequenceCount: decoded.invalidCount)
    }

    /// Decodes UTF-8, validating in one fast pass and counting replacements only when the input is invalid.
    /// `leadByteCount`, the number of bytes that are not continuation bytes, is the scalar count of valid UTF-8.
    private static func decodeUTF8(_ bytes: ArraySlice<UInt8>, leadByteCount: Int)
        -> (text: String, invalidCount: Int, scalarCount: Int) {
        if let text = String(validating: bytes, as: UTF8.self) {
            return (text, 0, leadByteCount)
        }
        var decoder = UTF8()
        var iterator = bytes.makeIterator()
        var invalidCount = 0
        var scalarCount = 0
        decoding: while true {
            switch decoder.decode(&iterator) {
            case .scalarValue:
                scalarCount += 1
            case .error:
                invalidCount += 1
                scalarCount += 1
            case .emptyInput:
                break decoding
            }
        }
        return (String(decoding: bytes, as: UTF8.self), invalidCount, scalarCount)
    }
}
