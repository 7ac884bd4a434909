extension AnalysisJSON.Value {
    /// Appends the value as JSON. Compact output has no whitespace at all. Pretty output indents by two
    /// spaces and keeps containers holding only scalars on one line (`{"start": 0, "end": 184}`).
    func write(to output: inout String, pretty: Bool, indent: Int = 0) {
        switch self {
        case .null:
            output.append("null")
        case .int(let value):
            output.append(String(value))
        case .number(let value):
            output.append(value.isFinite ? String(value) : "null")
        case .string(let value):
            Self.writeString(value, to: &output)
        case .array(let elements):
            writeContainer(elements.map { (nil, $0) }, open: "[", close: "]", to: &output, pretty: pretty, indent: indent)
        case .object(let members):
            writeContainer(members.map { ($0.0, $0.1) }, open: "{", close: "}", to: &output, pretty: pretty, indent: indent)
        }
    }

    private var isContainer: Bool {
        switch self {
        case .array, .object: true
        case .null, .int, .number, .string: false
        }
    }

    private func writeContainer(_ entries: [(String?, Self)], open: String, close: String,
                                to output: inout String, pretty: Bool, indent: Int) {
        output.append(open)
        let multiline = pretty && entries.contains { $0.1.isContainer }
        let padding = String(repeating: " ", count: indent + 2)
        for (offset, (key, value)) in entries.enumerated() {
            if offset > 0 { output.append(pretty && !multiline ? ", " : ",") }
            if multiline { output.append("\n" + padding) }
            if let key {
                Self.writeString(key, to: &output)
                output.append(pretty ? ": " : ":")
            }
            value.write(to: &output, pretty: pretty, indent: indent + 2)
        }
        if multiline { output.append("\n" + String(repeating: " ", count: indent)) }
        output.append(close)
    }

    /// Writes a JSON string, escaping quotes, backslashes, every control character, U+2028/U+2029 (which
    /// some JavaScript parsers take for line ends) and U+FEFF (which some readers drop as a byte order mark).
    static func writeString(_ string: String, to output: inout String) {
        output.append("\"")
        for scalar in string.unicodeScalars {
            switch scalar.value {
            case 0x22: output.append("\\\"")
            case 0x5C: output.append("\\\\")
            case 0x0A: output.append("\\n")
            case 0x0D: output.append("\\r")
            case 0x09: output.append("\\t")
            case 0x08: output.append("\\b")
            case 0x0C: output.append("\\f")
            case 0x00..<0x20, 0x7F, 0x2028, 0x2029, 0xFEFF:
                let hex = String(scalar.value, radix: 16)
                output.append("\\u" + String(repeating: "0", count: 4 - hex.count) + hex)
            default:
                output.unicodeScalars.append(scalar)
            }
        }
        output.append("\"")
    }
}
