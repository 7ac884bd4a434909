/// Writes the text of an article extracted from markup, block by block: whitespace inside a block
/// collapses to one space (except in preformatted text), blocks are separated by a blank line, and each
/// block and inline style is recorded with its span of the text and the input bytes it came from.
struct ArticleTextBuilder {
    /// The text so far, in UTF-8.
    private var bytes: [UInt8] = []
    /// The scalars in `bytes`.
    private var count = 0
    private(set) var blocks: [Block] = []
    private(set) var inlines: [InlineStyle] = []
    /// Where the current block's text starts (scalars), once it has any.
    private var blockStart: Int?
    /// Whether whitespace came since the block's last character.
    private var pendingSpace = false
    /// The input bytes the current block's text came from.
    private var source: Range<Int>?
    /// The end of the current block's last non-whitespace character, in scalars and in bytes.
    private var contentEnd = 0
    private var contentEndByte = 0

    init(capacity: Int = 0) {
        bytes.reserveCapacity(capacity)
    }

    /// The offset the next character will have: where an inline style opened now starts.
    var position: Int {
        blockStart == nil ? count + (bytes.isEmpty ? 0 : 2) : count + (pendingSpace ? 1 : 0)
    }

    /// Whether the current block has text yet.
    var isInBlock: Bool { blockStart != nil }

    /// Adds UTF-8 text to the current block, starting it if needed. Whitespace collapses unless
    /// `preformatted` (which keeps line breaks and spaces, carriage returns dropped).
    mutating func append<Bytes: Sequence<UInt8>>(_ text: Bytes, source bytesRead: Range<Int>? = nil, preformatted: Bool = false) {
        var added = false
        for byte in text {
            if byte == 0x0D { continue }
            if !preformatted, HTMLPage.isWhitespace(byte) {
                if blockStart != nil { pendingSpace = true }
                continue
            }
            if blockStart == nil {
                if HTMLPage.isWhitespace(byte) { continue }
                if !bytes.isEmpty {
                    bytes.append(contentsOf: [0x0A, 0x0A])
                    count += 2
                }
                blockStart = count
            } else if pendingSpace {
                bytes.append(0x20)
                count += 1
            }
            pendingSpace = false
            bytes.append(byte)
            if byte & 0xC0 != 0x80 { count += 1 }
            if !HTMLPage.isWhitespace(byte) {
                contentEnd = count
                contentEndByte = bytes.count
            }
            added = true
        }
        if added, let bytesRead {
            source = source.map { min($0.lowerBound, bytesRead.lowerBound)..<max($0.upperBound, bytesRead.upperBound) } ?? bytesRead
        }
    }

    /// Adds a string to the current block.
    mutating func append(_ text: String, source bytesRead: Range<Int>? = nil, preformatted: Bool = false) {
        append(text.utf8, source: bytesRead, preformatted: preformatted)
    }

    /// Ends the current block, if it has text, as a block of `kind`, trimmed of trailing whitespace; its
    /// source is `sourceBytes` when given, else the bytes its text was read from.
    mutating func endBlock(_ kind: Block.Kind, level: Int = 0, source sourceBytes: Range<Int>? = nil) {
        defer {
            blockStart = nil
            pendingSpace = false
            source = nil
        }
        guard let start = blockStart else { return }
        bytes.removeSubrange(contentEndByte...)
        count = contentEnd
        blocks.append(Block(range: TextRange(start: start, end: count), kind: kind, level: level, source: sourceBytes ?? source))
    }

    /// Records an inline style from `start` (a `position` taken when it opened) to the text written so far.
    mutating func addInline(_ kind: InlineStyle.Kind, from start: Int) {
        let end = min(count, blockStart == nil ? count : max(contentEnd, count))
        guard start < end else { return }
        inlines.append(InlineStyle(range: TextRange(start: start, end: end), kind: kind))
    }

    /// The blocks written so far, their text and inline styles, with `metadata`.
    func finished(metadata: ArticleMetadata) -> ArticleText {
        ArticleText(text: String(decoding: bytes, as: UTF8.self), blocks: blocks, inlines: inlines.sorted { $0.range < $1.range },
                    metadata: metadata)
    }
}
