/// Reads little-endian values from the raw bytes of a model file, throwing the file kind's "truncated"
/// error past the end.
package struct ByteReader {
    package let bytes: UnsafeRawBufferPointer
    package private(set) var offset = 0
    private let truncated: any Error

    package init(bytes: UnsafeRawBufferPointer, truncated: any Error = EntityModelError.truncated) {
        self.bytes = bytes
        self.truncated = truncated
    }

    package mutating func bytes(_ count: Int) throws -> UnsafeRawBufferPointer.SubSequence {
        guard count >= 0, offset + count <= bytes.count else { throw truncated }
        defer { offset += count }
        return bytes[offset..<offset + count]
    }

    package mutating func integer<T: FixedWidthInteger>() throws -> T {
        let slice = try bytes(MemoryLayout<T>.size)
        return T(littleEndian: bytes.loadUnaligned(fromByteOffset: slice.startIndex, as: T.self))
    }

    /// A string written as a UInt8 length and UTF-8 bytes.
    package mutating func shortString() throws -> String {
        let length = Int(try integer() as UInt8)
        return String(decoding: try bytes(length), as: UTF8.self)
    }

    package mutating func align(to boundary: Int) {
        offset = (offset + boundary - 1) / boundary * boundary
    }

    /// `count` values copied out as they lie in memory; the caller fixes their byte order.
    package mutating func array<T: FixedWidthInteger>(_ count: Int) throws -> [T] {
        let slice = try bytes(count * MemoryLayout<T>.stride)
        return [T](unsafeUninitializedCapacity: count) { buffer, initialized in
            UnsafeMutableRawBufferPointer(buffer).copyMemory(from: UnsafeRawBufferPointer(rebasing: slice))
            initialized = count
        }
    }
}
