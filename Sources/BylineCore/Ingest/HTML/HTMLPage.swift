/// A parsed HTML page in the compact shape extraction reads: its elements (parents before children), the
/// events in document order, the text of the body, and what the head holds for metadata.
struct HTMLPage: Sendable {
    var elements: [HTMLElement] = []
    var events: [HTMLEvent] = []
    /// The text of every text node outside scripts, styles and the `<title>`, in UTF-8, as the events
    /// point into it.
    var text: [UInt8] = []
    /// The `<title>` element's text.
    var title = ""
    /// The contents of the `application/ld+json` scripts.
    var jsonLD: [String] = []

    /// The text of `element` with runs of whitespace collapsed and the ends trimmed.
    func collapsedText(of element: HTMLElement) -> String {
        HTMLPage.collapsed(text[element.textStart..<element.textEnd])
    }

    /// `bytes` as a string with runs of whitespace made one space and the ends trimmed.
    static func collapsed<Bytes: Collection<UInt8>>(_ bytes: Bytes) -> String {
        var result: [UInt8] = []
        result.reserveCapacity(bytes.count)
        var pendingSpace = false
        for byte in bytes {
            if isWhitespace(byte) {
                pendingSpace = !result.isEmpty
            } else {
                if pendingSpace { result.append(0x20) }
                pendingSpace = false
                result.append(byte)
            }
        }
        return String(decoding: result, as: UTF8.self)
    }

    /// ASCII whitespace as HTML defines it (space, tab, line feed, form feed, carriage return).
    static func isWhitespace(_ byte: UInt8) -> Bool {
        byte == 0x20 || byte == 0x09 || byte == 0x0A || byte == 0x0C || byte == 0x0D
    }
}
