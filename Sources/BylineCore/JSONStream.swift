/// Writes JSON straight into a byte buffer, value by value, without building a tree first.
///
/// Compact output has no whitespace at all. Pretty output indents by two spaces; a container opened
/// with `multiline: false` stays on one line (`{"start": 0, "end": 184}`), which the caller chooses for
/// containers holding only scalars.
///
/// With a sink, the bytes go out in pieces of about `chunk` bytes as they are written (at the start of a
/// value), so a long article's JSON is never whole in memory; `finish()` hands over the rest.
struct JSONStream {
    /// The JSON written and not yet handed to the sink, as UTF-8.
    private(set) var bytes: [UInt8] = []
    let pretty: Bool
    /// Where full pieces go; nil to keep everything in `bytes`.
    private let sink: ((UnsafeBufferPointer<UInt8>) -> Void)?
    /// The size of the pieces handed to the sink.
    private let chunk: Int
    /// For each open container: whether it has an entry yet and whether it spans several lines.
    private var open: [(hasEntry: Bool, multiline: Bool)] = []
    /// Whether a key was just written, so the next value is its member rather than a new entry.
    private var afterKey = false

    init(pretty: Bool, capacity: Int = 0) {
        self.pretty = pretty
        sink = nil
        chunk = .max
        bytes.reserveCapacity(capacity)
    }

    init(pretty: Bool, chunk: Int, sink: @escaping (UnsafeBufferPointer<UInt8>) -> Void) {
        self.pretty = pretty
        self.sink = sink
        self.chunk = max(1, chunk)
        bytes.reserveCapacity(self.chunk + 4096)
    }

    /// Hands what is left to the sink, if there is one.
    mutating func finish() {
        guard let sink, !bytes.isEmpty else { return }
        bytes.withUnsafeBufferPointer(sink)
        bytes.removeAll(keepingCapacity: true)
    }

    /// Opens an object.
    mutating func beginObject(multiline: Bool) { begin(UInt8(ascii: "{"), multiline: multiline) }

    /// Opens an array.
    mutating func beginArray(multiline: Bool) { begin(UInt8(ascii: "["), multiline: multiline) }

    /// Closes the innermost object.
    mutating func endObject() { end(UInt8(ascii: "}")) }

    /// Closes the innermost array.
    mutating func endArray() { end(UInt8(ascii: "]")) }

    /// Writes an object member's key; its value comes next.
    mutating func key(_ key: String) {
        startEntry()
        writeString(key)
        append(pretty ? ": " : ":")
        afterKey = true
    }

    /// Writes a string value.
    mutating func string(_ value: String) {
        startEntry()
        writeString(value)
    }

    /// Writes an integer value.
    mutating func int(_ value: Int) {
        startEntry()
        append(String(value))
    }

    /// Writes a number; non-finite values are written as null, which JSON has no numbers for.
    mutating func number(_ value: Double) {
        startEntry()
        append(value.isFinite ? String(value) : "null")
    }

    /// Writes null.
    mutating func null() {
        startEntry()
        append("null")
    }

    /// Writes a string, or null when there is none.
    mutating func string(_ value: String?) {
        if let value { string(value) } else { null() }
    }

    /// Appends text as it is (a line break after a pretty document, say).
    mutating func raw(_ text: String) { append(text) }

    private mutating func begin(_ bracket: UInt8, multiline: Bool) {
        startEntry()
        bytes.append(bracket)
        open.append((false, pretty && multiline))
    }

    private mutating func end(_ bracket: UInt8) {
        guard let level = open.popLast() else { return }
        if level.multiline { newline(indent: open.count) }
        bytes.append(bracket)
    }

    /// The separator and line break before a value, unless it follows its key.
    private mutating func startEntry() {
        if bytes.count >= chunk { finish() }
        if afterKey {
            afterKey = false
            return
        }
        guard let level = open.last else { return }
        if level.hasEntry { append(pretty && !level.multiline ? ", " : ",") }
        open[open.count - 1].hasEntry = true
        if level.multiline { newline(indent: open.count) }
    }

    private mutating func newline(indent: Int) {
        bytes.append(UInt8(ascii: "\n"))
        bytes.append(contentsOf: repeatElement(UInt8(ascii: " "), count: indent * 2))
    }

    private mutating func append(_ text: String) {
        bytes.append(contentsOf: text.utf8)
    }

    /// Writes a JSON string, escaping quotes, backslashes, every control character, U+2028/U+2029 (which
    /// some JavaScript parsers take for line ends) and U+FEFF (which some readers drop as a byte order mark).
    private mutating func writeString(_ string: String) {
        bytes.append(UInt8(ascii: "\""))
        for scalar in string.unicodeScalars {
            switch scalar.value {
            case 0x22: append("\\\"")
            case 0x5C: append("\\\\")
            case 0x0A: append("\\n")
            case 0x0D: append("\\r")
            case 0x09: append("\\t")
            case 0x08: append("\\b")
            case 0x0C: append("\\f")
            case 0x00..<0x20, 0x7F, 0x2028, 0x2029, 0xFEFF:
                let hex = String(scalar.value, radix: 16)
                append("\\u" + String(repeating: "0", count: 4 - hex.count) + hex)
            case 0x20..<0x80:
                bytes.append(UInt8(truncatingIfNeeded: scalar.value))
            default:
                UTF8.encode(scalar) { bytes.append($0) }
            }
        }
        bytes.append(UInt8(ascii: "\""))
    }
}
