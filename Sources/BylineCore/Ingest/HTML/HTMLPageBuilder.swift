/// Builds an `HTMLPage` from the parser's callbacks: elements with their measured text, events, and the
/// head's title and JSON-LD. A class because libxml2 calls back through a pointer to it.
final class HTMLPageBuilder {
    private(set) var page = HTMLPage()
    /// The open elements, innermost last.
    private var stack: [Int] = []
    /// How many links the current position is inside.
    private var linkDepth = 0
    /// The script element whose JSON-LD is being read.
    private var jsonLDElement = -1
    /// A character reference being read: its name so far (empty after the "&") and the offset after the "&".
    private var pendingReference: (name: [UInt8], offset: Int)?

    /// An element starts; `offset` is the input byte after its start tag.
    func open(_ name: String, attributes: UnsafeMutablePointer<UnsafePointer<UInt8>?>?, offset: Int) {
        flushPendingReference()
        let tag = HTMLTag(name)
        var kept: [String: String] = [:]
        var classAndID = ""
        var isHidden = false
        if var cursor = attributes {
            while let namePointer = cursor.pointee {
                let attribute = String(cString: namePointer).lowercased()
                let value = cursor.advanced(by: 1).pointee.map { String(cString: $0) } ?? ""
                switch attribute {
                case "class", "id":
                    classAndID += (classAndID.isEmpty ? "" : " ") + value.lowercased()
                case "hidden":
                    isHidden = true
                case "aria-hidden":
                    isHidden = isHidden || value.lowercased() == "true"
                case "style":
                    let style = value.lowercased().filter { !$0.isWhitespace }
                    isHidden = isHidden || style.contains("display:none") || style.contains("visibility:hidden")
                default:
                    if HTMLParser.keptAttributes.contains(attribute) { kept[attribute] = value }
                }
                cursor = cursor.advanced(by: 2)
            }
        }
        let parent = stack.last ?? -1
        var element = HTMLElement(tag: tag, parent: parent, classAndID: classAndID, attributes: kept, isDropped: false)
        element.isDropped = (parent >= 0 && page.elements[parent].isDropped)
            || HTMLFurniture.isFurniture(tag, words: element.classWords, attributes: kept, isHidden: isHidden)
        element.openEvent = page.events.count
        element.textStart = page.text.count
        if parent >= 0, tag.isBlock { page.elements[parent].hasBlockChild = true }
        let index = page.elements.count
        page.elements.append(element)
        page.events.append(.open(index))
        if tag == .a { linkDepth += 1 }
        if tag == .br || tag == .hr || tag == .meta || tag == .link {
            closeTop(offset: offset)
        } else {
            stack.append(index)
        }
    }

    /// An element ends: it and any element left open inside it are closed.
    func close(_ name: String) {
        flushPendingReference()
        let tag = HTMLTag(name)
        guard tag != .br, tag != .hr, tag != .meta, tag != .link,
              let depth = stack.lastIndex(where: { page.elements[$0].tag == tag }) else { return }
        while stack.count > depth { closeTop(offset: nil) }
    }

    /// Text; `offset` is the input byte after it.
    ///
    /// A named reference libxml2 does not know (HTML5's "&hyphen;") reaches here as "&", then the name,
    /// then text starting with ";": the three are held back and decoded from `HTMLEntities` when the
    /// name is one of HTML5's, else written as they were.
    func characters(_ bytes: UnsafeBufferPointer<UInt8>, offset: Int) {
        guard let current = stack.last else { return }
        switch page.elements[current].tag {
        case .script, .style:
            rawText(bytes)
            return
        case .title where page.elements[current].parent >= 0 && page.elements[page.elements[current].parent].tag == .head:
            page.title += String(decoding: bytes, as: UTF8.self)
            return
        default:
            break
        }
        switch pendingReference {
        case nil:
            if bytes.count == 1, bytes[0] == 0x26 {
                pendingReference = ([], offset)
                return
            }
        case let (name, at)? where name.isEmpty:
            if !bytes.isEmpty, bytes.allSatisfy({ $0 < 0x80 && Character(Unicode.Scalar($0)).isLetter || (0x30...0x39).contains($0) }) {
                pendingReference = (Array(bytes), at)
                return
            }
            flushPendingReference()
        case let (name, at)?:
            pendingReference = nil
            if bytes.first == 0x3B, let value = HTMLEntities.table[String(decoding: name, as: UTF8.self)] {
                appendText(Array(value.utf8), source: at - 1..<at + name.count + 1)
                appendText(bytes.dropFirst(), source: offset - bytes.count + 1..<offset)
                return
            }
            appendText([0x26] + name, source: at - 1..<at + name.count)
        }
        appendText(bytes, source: max(0, offset - bytes.count)..<offset)
    }

    /// Writes a reference held back as it was.
    private func flushPendingReference() {
        guard let (name, at) = pendingReference else { return }
        pendingReference = nil
        appendText([0x26] + name, source: at - 1..<at + name.count)
    }

    /// Adds text to the page and measures it for the innermost element.
    private func appendText<Bytes: Collection<UInt8>>(_ bytes: Bytes, source: Range<Int>) {
        guard let current = stack.last else { return }
        let start = page.text.count
        page.text.append(contentsOf: bytes)
        page.events.append(.text(start..<page.text.count, source: max(0, source.lowerBound)..<max(0, source.upperBound)))
        guard !page.elements[current].isDropped else { return }
        var scalars = 0
        var commas = 0
        for byte in bytes {
            if byte & 0xC0 != 0x80 { scalars += 1 }
            if byte == 0x2C { commas += 1 }
        }
        page.elements[current].textLength += scalars
        page.elements[current].commas += commas
        if linkDepth > 0 { page.elements[current].linkLength += scalars }
    }

    /// The content of a script or style: kept only for JSON-LD, one entry a script.
    func rawText(_ bytes: UnsafeBufferPointer<UInt8>) {
        guard let current = stack.last, page.elements[current].tag == .script,
              page.elements[current].attributes["type"]?.lowercased() == "application/ld+json" else { return }
        if jsonLDElement != current {
            page.jsonLD.append("")
            jsonLDElement = current
        }
        page.jsonLD[page.jsonLD.count - 1] += String(decoding: bytes, as: UTF8.self)
    }

    /// Closes what is still open at the end of the input.
    func finish() {
        flushPendingReference()
        while !stack.isEmpty { closeTop(offset: nil) }
    }

    /// Closes the innermost open element (or the void element just opened, when `offset` is given),
    /// adding its measures to its parent's unless it was dropped.
    private func closeTop(offset: Int?) {
        let index = offset == nil ? stack.removeLast() : page.elements.count - 1
        let element = page.elements[index]
        if element.tag == .a { linkDepth = max(0, linkDepth - 1) }
        page.elements[index].closeEvent = page.events.count
        page.elements[index].textEnd = page.text.count
        page.events.append(.close(index))
        let parent = element.parent
        guard parent >= 0, !element.isDropped else { return }
        page.elements[parent].textLength += element.textLength
        page.elements[parent].linkLength += element.linkLength
        page.elements[parent].commas += element.commas
    }
}
