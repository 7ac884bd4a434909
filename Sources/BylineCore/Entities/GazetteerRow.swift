/// One line of a gazetteer list split at tabs, as byte ranges of the file (loading reads the large lists
/// without making a `String` per field).
struct GazetteerRow {
    /// The whole file.
    let text: UnsafeBufferPointer<UInt8>
    /// The fields of the current line, empty ones included.
    private var fields: [Range<Int>] = []

    init(text: UnsafeBufferPointer<UInt8>) {
        self.text = text
    }

    /// The number of fields.
    var count: Int { fields.count }

    /// A field's bytes.
    func bytes(_ field: Int) -> UnsafeBufferPointer<UInt8> {
        UnsafeBufferPointer(rebasing: text[fields[field]])
    }

    /// A field as text.
    func string(_ field: Int) -> String {
        String(decoding: bytes(field), as: UTF8.self)
    }

    /// Makes a line the current row; false when its first field is empty (no row).
    mutating func split(_ line: Range<Int>) -> Bool {
        fields.removeAll(keepingCapacity: true)
        var start = line.lowerBound
        for position in line where text[position] == 0x09 {
            fields.append(start..<position)
            start = position + 1
        }
        fields.append(start..<line.upperBound)
        return !fields[0].isEmpty
    }
}
