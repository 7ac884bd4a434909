extension Article {
    /// The text of every token, as written, made in one pass: ASCII tokens (nearly all of them) are
    /// written straight as UTF-8 instead of scalar by scalar, which `string(_:)` does.
    func tokenTexts() -> [String] {
        scalars.withUnsafeBufferPointer { scalars in
            tokens.map { token in
                let range = token.range.start..<token.range.end
                guard scalars[range].allSatisfy({ $0.value < 0x80 }) else { return string(token.range) }
                return String(unsafeUninitializedCapacity: range.count) { buffer in
                    for (offset, scalar) in scalars[range].enumerated() { buffer[offset] = UInt8(truncatingIfNeeded: scalar.value) }
                    return range.count
                }
            }
        }
    }
}
