/// The encodings Byline reads: UTF-8 (the default), UTF-16 with a byte order mark, and Windows-1252 (which
/// HTML reads ISO-8859-1 and ASCII labels as), named by a page's `<meta charset>` or guessed for text that
/// is not valid UTF-8.
public enum TextEncoding: String, Sendable, Hashable {
    case utf8 = "UTF-8"
    case utf16LittleEndian = "UTF-16LE"
    case utf16BigEndian = "UTF-16BE"
    case windows1252 = "Windows-1252"

    /// The encoding a charset label names (as in `<meta charset>`), or nil for labels Byline cannot decode.
    public init?(label: String) {
        switch label.lowercased().filter({ !$0.isWhitespace && $0 != "\"" && $0 != "'" }) {
        case "utf-8", "utf8", "unicode-1-1-utf-8": self = .utf8
        case "windows-1252", "cp1252", "x-cp1252", "iso-8859-1", "iso8859-1", "iso_8859-1", "latin1", "l1",
             "us-ascii", "ascii", "iso-8859-15", "latin-9", "iso_8859-15":
            self = .windows1252
        default: return nil
        }
    }

    /// The scalars of the 32 bytes 0x80–0x9F in Windows-1252 (the other bytes are Latin-1's); the five
    /// bytes it leaves undefined map to the C1 controls of the same value, as browsers do.
    static let windows1252High: [UInt32] = [
        0x20AC, 0x81, 0x201A, 0x0192, 0x201E, 0x2026, 0x2020, 0x2021, 0x02C6, 0x2030, 0x0160, 0x2039, 0x0152, 0x8D, 0x017D, 0x8F,
        0x90, 0x2018, 0x2019, 0x201C, 0x201D, 0x2022, 0x2013, 0x2014, 0x02DC, 0x2122, 0x0161, 0x203A, 0x0153, 0x9D, 0x017E, 0x0178,
    ]

    /// `bytes` decoded as Windows-1252: one scalar a byte.
    static func decodeWindows1252<Bytes: Collection<UInt8>>(_ bytes: Bytes) -> String {
        var scalars = String.UnicodeScalarView()
        for byte in bytes {
            let value = (0x80...0x9F).contains(byte) ? windows1252High[Int(byte) - 0x80] : UInt32(byte)
            scalars.append(Unicode.Scalar(value) ?? "\u{FFFD}")
        }
        return String(scalars)
    }
}
