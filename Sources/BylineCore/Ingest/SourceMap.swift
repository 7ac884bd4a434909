/// Maps offsets in decoded text back to the input's bytes, for the blocks' `source` ranges: by the
/// encoding's length of each scalar, after the byte order mark. (A scalar that replaced an invalid
/// sequence is counted as the three bytes of U+FFFD.)
struct SourceMap {
    let encoding: TextEncoding
    let byteOrderMarkLength: Int

    /// The unit offsets into the decoded text are counted in.
    enum Unit {
        case scalars
        case utf8
    }

    /// The input offset of each of `offsets` (in `unit`s of `text`), by one pass over the text.
    func inputOffsets(of offsets: [Int], in text: String, unit: Unit) -> [Int: Int] {
        let queries = Array(Set(offsets)).sorted()
        var result: [Int: Int] = [:]
        var next = 0
        var position = 0
        var input = byteOrderMarkLength
        for scalar in text.unicodeScalars {
            while next < queries.count, queries[next] <= position {
                result[queries[next]] = input
                next += 1
            }
            guard next < queries.count else { return result }
            position += unit == .scalars ? 1 : scalar.utf8.count
            input += encodedLength(scalar)
        }
        while next < queries.count {
            result[queries[next]] = input
            next += 1
        }
        return result
    }

    /// `blocks` with their `source` set from their ranges (plain text) or mapped from UTF-8 offsets of the
    /// decoded text (markup readers, which see the decoded text's bytes).
    func mapped(_ blocks: [Block], in text: String, fromRanges: Bool) -> [Block] {
        if !fromRanges, encoding == .utf8 {
            return blocks.map { block in
                var block = block
                block.source = block.source.map { $0.lowerBound + byteOrderMarkLength..<$0.upperBound + byteOrderMarkLength }
                return block
            }
        }
        let bounds: [(Int, Int)] = blocks.compactMap { block in
            fromRanges ? (block.range.start, block.range.end) : block.source.map { ($0.lowerBound, $0.upperBound) }
        }
        let offsets = inputOffsets(of: bounds.flatMap { [$0.0, $0.1] }, in: text, unit: fromRanges ? .scalars : .utf8)
        return blocks.map { block in
            var block = block
            let range = fromRanges ? (block.range.start, block.range.end) : block.source.map { ($0.lowerBound, $0.upperBound) }
            if let (start, end) = range, let from = offsets[start], let to = offsets[end] { block.source = from..<max(from, to) }
            return block
        }
    }

    private func encodedLength(_ scalar: Unicode.Scalar) -> Int {
        switch encoding {
        case .utf8: scalar.utf8.count
        case .utf16LittleEndian, .utf16BigEndian: scalar.utf16.count * 2
        case .windows1252: 1
        }
    }
}
