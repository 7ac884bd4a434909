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

    /// The input offset of each of `offsets` (in `unit`s of `text`), in their order, by one pass over the
    /// text's UTF-8 (each scalar's encoded length follows from its UTF-8 lead byte). An offset inside a
    /// scalar or past the end gets the input offset of the next scalar boundary.
    func inputOffsets(of offsets: [Int], in text: String, unit: Unit) -> [Int] {
        let isSorted = zip(offsets, offsets.dropFirst()).allSatisfy { $0 <= $1 }
        let order = isSorted ? Array(offsets.indices) : offsets.indices.sorted { offsets[$0] < offsets[$1] }
        var result = [Int](repeating: 0, count: offsets.count)
        var text = text
        text.withUTF8 { bytes in
            var byte = 0
            var position = 0
            var input = byteOrderMarkLength
            if encoding == .utf8, unit == .scalars {
                // The input is the text's own bytes: only the scalars need counting.
                for index in order {
                    let target = offsets[index]
                    while position < target, byte < bytes.count {
                        byte += bytes[byte].utf8SequenceLength
                        position += 1
                    }
                    result[index] = byteOrderMarkLength + byte
                }
                return
            }
            for index in order {
                let target = offsets[index]
                while position < target, byte < bytes.count {
                    let length = bytes[byte].utf8SequenceLength
                    position += unit == .scalars ? 1 : length
                    input += encodedLength(utf8Length: length)
                    byte += length
                }
                result[index] = input
            }
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
        var flat: [Int] = []
        flat.reserveCapacity(bounds.count * 2)
        for (start, end) in bounds {
            flat.append(start)
            flat.append(end)
        }
        let offsets = inputOffsets(of: flat, in: text, unit: fromRanges ? .scalars : .utf8)
        var next = 0
        return blocks.map { block in
            var block = block
            guard fromRanges || block.source != nil else { return block }
            let (from, to) = (offsets[next], offsets[next + 1])
            next += 2
            block.source = from..<max(from, to)
            return block
        }
    }

    /// The input bytes of a scalar whose UTF-8 takes `utf8Length` bytes.
    private func encodedLength(utf8Length: Int) -> Int {
        switch encoding {
        case .utf8: utf8Length
        case .utf16LittleEndian, .utf16BigEndian: utf8Length == 4 ? 4 : 2
        case .windows1252: 1
        }
    }
}
