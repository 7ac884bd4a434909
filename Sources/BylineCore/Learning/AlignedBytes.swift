/// A block of bytes aligned to a cache line, freed with its last reference. Immutable once built.
final class AlignedBytes: @unchecked Sendable {
    let pointer: UnsafeMutableRawPointer

    init(count: Int) {
        pointer = UnsafeMutableRawPointer.allocate(byteCount: max(count, 1), alignment: 64)
        pointer.initializeMemory(as: UInt8.self, repeating: 0, count: max(count, 1))
    }

    deinit {
        pointer.deallocate()
    }
}
