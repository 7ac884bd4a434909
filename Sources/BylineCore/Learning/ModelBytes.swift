import Foundation

/// The bytes of a model file, alive as long as a table reads them.
///
/// A file is memory-mapped read-only: loading copies nothing and costs no time in proportion to the
/// model's size, the pages a lookup touches come from the page cache as it touches them, and several
/// processes share them. Bytes given in memory (tests, training) are copied once into a block aligned to
/// a cache line. Either way the start is 64-byte aligned, which the model layouts rely on.
final class ModelBytes: @unchecked Sendable {
    /// The bytes; immutable.
    let buffer: UnsafeRawBufferPointer
    /// How the bytes are held, for releasing them.
    private let storage: Storage

    private enum Storage {
        case mapped
        case copied(AlignedBytes)
    }

    /// The bytes of `data`, copied.
    init(data: Data) {
        let copy = AlignedBytes(count: data.count)
        data.withUnsafeBytes { bytes in
            if let source = bytes.baseAddress { copy.pointer.copyMemory(from: source, byteCount: bytes.count) }
        }
        buffer = UnsafeRawBufferPointer(start: copy.pointer, count: data.count)
        storage = .copied(copy)
    }

    /// The file at `path`, mapped; read into memory where the file cannot be mapped.
    convenience init(contentsOfFile path: String) throws {
        let descriptor = open(path, O_RDONLY | O_CLOEXEC)
        guard descriptor >= 0 else { throw CocoaError(.fileReadNoSuchFile, userInfo: [NSFilePathErrorKey: path]) }
        defer { close(descriptor) }
        var status = stat()
        if fstat(descriptor, &status) == 0, status.st_size > 0,
           let mapped = mmap(nil, Int(status.st_size), PROT_READ, MAP_PRIVATE, descriptor, 0), mapped != MAP_FAILED {
            self.init(mapped: UnsafeRawBufferPointer(start: mapped, count: Int(status.st_size)))
        } else {
            self.init(data: try Data(contentsOf: URL(fileURLWithPath: path)))
        }
    }

    private init(mapped: UnsafeRawBufferPointer) {
        buffer = mapped
        storage = .mapped
    }

    deinit {
        if case .mapped = storage, let start = buffer.baseAddress {
            munmap(UnsafeMutableRawPointer(mutating: start), buffer.count)
        }
    }
}
