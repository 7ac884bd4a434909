#if canImport(Glibc)
import Glibc
#elseif canImport(Darwin)
import Darwin
#endif

/// Output written with write(2) rather than through a buffer: a failed write (a full disk, a closed pipe
/// when SIGPIPE is ignored) is noticed and becomes `OutputFailure`, and each piece goes out in as few
/// calls as the system allows, so JSON Lines are never left cut at a buffer's edge.
enum StandardOutput {
    /// Writes `text` whole to `descriptor` (standard output unless given), or throws naming it as `name`.
    static func write(_ text: String, to descriptor: Int32 = STDOUT_FILENO,
                      name: String = "standard output") throws(OutputFailure) {
        var text = text
        let result = text.withUTF8 { bytes in
            Result { () throws(OutputFailure) in try writeAll(bytes, to: descriptor, name: name) }
        }
        try result.get()
    }

    /// Writes `bytes` whole to `descriptor` (standard output unless given), or throws naming it as `name`.
    static func write(_ bytes: UnsafeBufferPointer<UInt8>, to descriptor: Int32 = STDOUT_FILENO,
                      name: String = "standard output") throws(OutputFailure) {
        try writeAll(bytes, to: descriptor, name: name)
    }

    private static func writeAll(_ bytes: UnsafeBufferPointer<UInt8>, to descriptor: Int32,
                                 name: String) throws(OutputFailure) {
        var offset = 0
        while offset < bytes.count {
            let written = systemWrite(descriptor, bytes.baseAddress! + offset, bytes.count - offset)
            if written < 0 {
                if errno == EINTR { continue }
                throw OutputFailure(destination: name, reason: String(cString: strerror(errno)))
            }
            offset += written
        }
    }
}

/// write(2), named apart from `StandardOutput.write`.
private func systemWrite(_ descriptor: Int32, _ bytes: UnsafePointer<UInt8>, _ count: Int) -> Int {
    write(descriptor, bytes, count)
}

/// A write that failed: standard output (EX_IOERR) or an output file (EX_CANTCREAT).
struct OutputFailure: Error {
    /// EX_IOERR: standard output could not be written.
    static let code: Int32 = 74

    /// The whole message, "byline: cannot write …: reason".
    let message: String

    init(message: String) {
        self.message = message
    }

    /// "byline: cannot write `destination`: `reason`".
    init(destination: String, reason: String) {
        message = "byline: cannot write \(destination): \(reason)"
    }
}
