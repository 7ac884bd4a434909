import Foundation

/// The folder `analyze --out-dir` writes into. Each output goes to a temporary file beside its final
/// name and is renamed over it when whole, so a reader of the folder never sees half a file; an output
/// that is one of the inputs (the same file, whatever its name) is refused rather than overwritten.
struct OutputFolder {
    /// EX_CANTCREAT: an output file cannot be created.
    static let failureCode: Int32 = 73

    let path: String
    /// The inputs, by device and inode, that no output may replace.
    private let inputs: Set<FileIdentity>

    /// A file's identity: the same file under any name.
    struct FileIdentity: Hashable {
        let device: UInt64
        let inode: UInt64

        /// The identity of the file at `path` (following symbolic links), if there is one.
        init?(path: [CChar]) {
            var status = stat()
            guard stat(path, &status) == 0 else { return nil }
            device = UInt64(status.st_dev)
            inode = UInt64(status.st_ino)
        }
    }

    /// Creates the folder (and its parents) if need be, or says why it cannot be written in.
    init(path: String, inputs: [String]) throws(OutputFailure) {
        self.path = path
        self.inputs = Set(inputs.filter { $0 != "-" }.compactMap { FileIdentity(path: ArticleInput.rawPath(of: $0)) })
        try Self.makeFolder(path)
        guard access(path, W_OK | X_OK) == 0 else {
            throw OutputFailure(destination: "in \(path)", reason: String(cString: strerror(errno)))
        }
    }

    /// `mkdir -p`: the folder and any missing parents.
    private static func makeFolder(_ path: String) throws(OutputFailure) {
        var status = stat()
        if stat(path, &status) == 0 {
            guard status.st_mode & S_IFMT == S_IFDIR else {
                throw OutputFailure(destination: "in \(path)", reason: "it is a file, not a folder")
            }
            return
        }
        let parent = (path as NSString).deletingLastPathComponent
        if !parent.isEmpty, parent != path { try makeFolder(parent) }
        guard mkdir(path, 0o777) == 0 || errno == EEXIST else {
            throw OutputFailure(message: "byline: cannot create the folder \(path): \(String(cString: strerror(errno)))")
        }
    }

    /// Writes the file `name` in the folder with what `produce` hands to the writer it is given, piece by
    /// piece: to a temporary file first, renamed into place once all of it is written.
    func write(name: String,
               _ produce: ((UnsafeBufferPointer<UInt8>) throws(OutputFailure) -> Void) throws(OutputFailure) -> Void)
        throws(OutputFailure) {
        let target = (path as NSString).appendingPathComponent(name)
        if let existing = FileIdentity(path: target.utf8CString.map { $0 }), inputs.contains(existing) {
            throw OutputFailure(destination: target, reason: "it is one of the inputs, and is not overwritten; "
                                + "choose another --out-dir")
        }
        var template = ((path as NSString).appendingPathComponent(".\(name).XXXXXX")).utf8CString.map { $0 }
        let descriptor = mkstemp(&template)
        guard descriptor >= 0 else {
            throw OutputFailure(destination: target, reason: String(cString: strerror(errno)))
        }
        let temporary = String(decoding: template.prefix { $0 != 0 }.map { UInt8(bitPattern: $0) }, as: UTF8.self)
        var failure: OutputFailure?
        do throws(OutputFailure) {
            try produce { (piece) throws(OutputFailure) in try StandardOutput.write(piece, to: descriptor, name: target) }
        } catch {
            failure = error
        }
        let mask = umask(0)
        umask(mask)
        fchmod(descriptor, 0o666 & ~mask)
        if close(descriptor) != 0, failure == nil {
            failure = OutputFailure(destination: target, reason: String(cString: strerror(errno)))
        }
        if failure == nil, rename(temporary, target) != 0 {
            failure = OutputFailure(destination: target, reason: String(cString: strerror(errno)))
        }
        if let failure {
            unlink(temporary)
            throw failure
        }
    }
}
