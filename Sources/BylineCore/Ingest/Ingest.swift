/// Turns an input's bytes into text, refusing inputs that are empty or look binary.
public enum Ingest {
    /// How far into an HTML page a `<meta charset>` is looked for, in bytes.
    static let charsetSniffLength = 1024

    /// Decodes `bytes`: UTF-16 after its byte order mark; Windows-1252 when an HTML page's `<meta charset>`
    /// names it (or ISO-8859-1, which HTML reads as Windows-1252), or when text that is not valid UTF-8 has
    /// no valid multi-byte UTF-8 sequence to speak of and few high bytes (`encodingGuessed`); UTF-8 otherwise.
    ///
    /// A leading byte order mark is dropped (offsets then count from the first scalar after it); nothing
    /// else changes: no newline, whitespace or Unicode normalization. Invalid sequences in otherwise
    /// valid text become U+FFFD (one per maximal invalid subpart) and are counted.
    ///
    /// - Throws: `IngestError.empty` or `.onlyWhitespace` for inputs with nothing to read; `.nulBytes`,
    ///   `.mostlyInvalidUTF8` or `.mostlyControlCharacters` for inputs that look binary: NUL bytes, or
    ///   more than 30% of the scalars invalid sequences or control characters.
    public static func decode(_ bytes: [UInt8]) throws(IngestError) -> DecodedText {
        guard !bytes.isEmpty else { throw .empty }
        if bytes.starts(with: [0xFF, 0xFE]) || bytes.starts(with: [0xFE, 0xFF]) {
            return try decodeUTF16(bytes[2...], littleEndian: bytes[0] == 0xFF)
        }
        let hasBOM = bytes.starts(with: [0xEF, 0xBB, 0xBF])
        let body = bytes[(hasBOM ? 3 : 0)...]
        var controlCount = 0
        var leadByteCount = 0
        var highByteCount = 0
        var hasNul = false
        // Counted without branches where the bytes are ordinary, which most are: one fast pass.
        body.withUnsafeBufferPointer { buffer in
            for byte in buffer {
                leadByteCount &+= byte & 0xC0 == 0x80 ? 0 : 1
                highByteCount &+= byte >= 0x80 ? 1 : 0
                guard byte < 0x20 || byte == 0x7F else { continue }
                if byte == 0 {
                    hasNul = true
                } else if !(0x09...0x0D).contains(byte) {
                    controlCount += 1
                }
            }
        }
        if hasNul { throw .nulBytes }
        let declared = hasBOM ? nil : declaredCharset(body)
        if declared == .windows1252 {
            return try checked(TextEncoding.decodeWindows1252(body), invalidCount: 0, scalarCount: body.count,
                               controlCount: controlCount, encoding: .windows1252, guessed: false, bomLength: 0, isEmpty: body.isEmpty)
        }
        let decoded = decodeUTF8(body, leadByteCount: leadByteCount)
        if decoded.invalidCount > 0, !hasBOM, declared == nil, decoded.multiByteCount * 4 < decoded.invalidCount,
           highByteCount * 10 <= body.count * 3 {
            return try checked(TextEncoding.decodeWindows1252(body), invalidCount: 0, scalarCount: body.count,
                               controlCount: controlCount, encoding: .windows1252, guessed: true, bomLength: 0, isEmpty: false)
        }
        return try checked(decoded.text, invalidCount: decoded.invalidCount, scalarCount: decoded.scalarCount,
                           controlCount: controlCount, encoding: .utf8, guessed: false, bomLength: hasBOM ? 3 : 0,
                           isEmpty: body.isEmpty)
    }

    /// The decoded text, unless it looks binary or has nothing to read.
    private static func checked(_ text: String, invalidCount: Int, scalarCount: Int, controlCount: Int,
                                encoding: TextEncoding, guessed: Bool, bomLength: Int, isEmpty: Bool) throws(IngestError) -> DecodedText {
        if invalidCount * 10 > scalarCount * 3 { throw .mostlyInvalidUTF8 }
        if (controlCount + invalidCount) * 10 > scalarCount * 3 { throw .mostlyControlCharacters }
        guard text.unicodeScalars.contains(where: { ScalarClass($0) != .whitespace }) else {
            throw isEmpty ? .empty : .onlyWhitespace
        }
        return DecodedText(text: text, invalidSequenceCount: invalidCount, encoding: encoding, encodingGuessed: guessed,
                           byteOrderMarkLength: bomLength)
    }

    /// The encoding an HTML page names in its first kilobyte (`<meta charset="…">`, or `charset=` in a
    /// `Content-Type` meta tag), when it is one Byline decodes.
    static func declaredCharset(_ bytes: ArraySlice<UInt8>) -> TextEncoding? {
        let head = bytes.prefix(charsetSniffLength).map { $0 >= 0x41 && $0 <= 0x5A ? $0 + 0x20 : $0 }
        guard head.first(where: { !(0x09...0x20).contains($0) }) == 0x3C else { return nil }
        let key = Array("charset=".utf8)
        guard let found = (0...max(0, head.count - key.count)).first(where: { head[$0..<min(head.count, $0 + key.count)].elementsEqual(key) })
        else { return nil }
        let value = head[(found + key.count)...].drop { $0 == 0x22 || $0 == 0x27 || $0 == 0x20 }
            .prefix { $0 != 0x22 && $0 != 0x27 && $0 != 0x3E && $0 != 0x3B && $0 != 0x20 && $0 != 0x2F }
        return TextEncoding(label: String(decoding: value, as: UTF8.self))
    }

    /// Decodes UTF-16 after its byte order mark; an odd last byte counts as an invalid sequence.
    private static func decodeUTF16(_ bytes: ArraySlice<UInt8>, littleEndian: Bool) throws(IngestError) -> DecodedText {
        var units: [UInt16] = []
        units.reserveCapacity(bytes.count / 2)
        var index = bytes.startIndex
        while index + 1 < bytes.endIndex {
            let (first, second) = (UInt16(bytes[index]), UInt16(bytes[index + 1]))
            units.append(littleEndian ? first | second << 8 : first << 8 | second)
            index += 2
        }
        var scalars = String.UnicodeScalarView()
        var invalidCount = bytes.count % 2
        var controlCount = 0
        var decoder = UTF16()
        var iterator = units.makeIterator()
        decoding: while true {
            switch decoder.decode(&iterator) {
            case .scalarValue(let scalar):
                if scalar.value == 0 { throw .nulBytes }
                if scalar.value < 0x20 && !(0x09...0x0D).contains(scalar.value) || scalar.value == 0x7F { controlCount += 1 }
                scalars.append(scalar)
            case .error:
                invalidCount += 1
                scalars.append("\u{FFFD}")
            case .emptyInput:
                break decoding
            }
        }
        if invalidCount > 0, bytes.count % 2 == 1 { scalars.append("\u{FFFD}") }
        return try checked(String(scalars), invalidCount: invalidCount, scalarCount: scalars.count + bytes.count % 2,
                           controlCount: controlCount, encoding: littleEndian ? .utf16LittleEndian : .utf16BigEndian,
                           guessed: false, bomLength: 2, isEmpty: bytes.isEmpty)
    }

    /// Decodes UTF-8, validating in one fast pass and counting replacements (and the valid multi-byte
    /// sequences, which tell damaged UTF-8 from another encoding) only when the input is invalid.
    /// `leadByteCount`, the number of bytes that are not continuation bytes, is the scalar count of valid UTF-8.
    private static func decodeUTF8(_ bytes: ArraySlice<UInt8>, leadByteCount: Int)
        -> (text: String, invalidCount: Int, scalarCount: Int, multiByteCount: Int) {
        if let text = String(validating: bytes, as: UTF8.self) {
            return (text, 0, leadByteCount, 0)
        }
        var decoder = UTF8()
        var iterator = bytes.makeIterator()
        var invalidCount = 0
        var scalarCount = 0
        var multiByteCount = 0
        decoding: while true {
            switch decoder.decode(&iterator) {
            case .scalarValue(let scalar):
                scalarCount += 1
                if scalar.value >= 0x80 { multiByteCount += 1 }
            case .error:
                invalidCount += 1
                scalarCount += 1
            case .emptyInput:
                break decoding
            }
        }
        return (String(decoding: bytes, as: UTF8.self), invalidCount, scalarCount, multiByteCount)
    }
}
