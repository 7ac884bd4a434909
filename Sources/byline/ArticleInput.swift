import BylineCore
import Foundation

/// Reads an article's bytes from a file, standard input or the built-in sample, and decodes them.
struct ArticleInput {
    /// Inputs above this size are refused rather than read into memory.
    static let maximumBytes = 64 * 1024 * 1024

    /// The input as the user named it ("-" for standard input).
    let source: String
    /// The article as its format's reader extracted it.
    let article: ArticleText
    /// Problems worth a warning that did not stop the reading (invalid UTF-8 replaced, an encoding guessed).
    let warnings: [String]

    /// The built-in sample.
    static func sample() throws(InputFailure) -> ArticleInput {
        guard let text = SampleArticle.text() else {
            throw InputFailure(code: InputFailure.unreadable, source: SampleArticle.sourceName,
                               reason: "the built-in sample is missing from this installation (its resource bundle should sit beside the byline binary)")
        }
        return ArticleInput(source: SampleArticle.sourceName, article: PlainTextReader.read(text), warnings: [])
    }

    /// Reads and decodes `path`, or standard input for "-", in `format`, or else the format its content
    /// shows (the file extension deciding close calls).
    static func read(_ path: String, format: ArticleFormat? = nil) throws(InputFailure) -> ArticleInput {
        let bytes = path == "-" ? try readStandardInput() : try readFile(path)
        do {
            let hint = path == "-" ? nil : ArticleFormat(pathExtension: URL(fileURLWithPath: path).pathExtension)
            let ingested = try Ingest.read(bytes, format: format, hint: hint)
            let decoded = ingested.decoded
            var warnings: [String] = []
            if decoded.invalidSequenceCount > 0 {
                let count = decoded.invalidSequenceCount
                warnings.append("byline: warning: \(path): \(count) invalid \(decoded.encoding.rawValue) sequence\(count == 1 ? "" : "s") replaced with U+FFFD")
            }
            if decoded.encodingGuessed {
                warnings.append("byline: warning: \(path): not valid UTF-8; read as \(decoded.encoding.rawValue)")
            }
            return ArticleInput(source: path, article: ingested.article, warnings: warnings)
        } catch {
            throw InputFailure(code: InputFailure.notText, source: path, reason: error.description)
        }
    }

    private static func readFile(_ path: String) throws(InputFailure) -> [UInt8] {
        let descriptor = rawPath(of: path).withUnsafeBufferPointer { open($0.baseAddress!, O_RDONLY | O_CLOEXEC) }
        guard descriptor >= 0 else {
            throw InputFailure(code: InputFailure.unreadable, source: path, reason: Self.describe(openError: errno))
        }
        let handle = FileHandle(fileDescriptor: descriptor, closeOnDealloc: true)
        var status = stat()
        if fstat(descriptor, &status) == 0, status.st_mode & S_IFMT == S_IFDIR {
            throw InputFailure(code: InputFailure.unreadable, source: path, reason: "is a directory, not a file")
        }
        return try readAll(handle, source: path)
    }

    /// What went wrong opening a file, in words.
    private static func describe(openError code: Int32) -> String {
        switch code {
        case ENOENT: "no such file"
        case EACCES: "cannot be read (permission denied)"
        case ELOOP: "cannot be opened: too many levels of symbolic links (a link that loops back on itself?)"
        case ENOTDIR: "no such file (a part of the path is not a folder)"
        default: "cannot be opened: " + String(cString: strerror(code))
        }
    }

    /// The bytes of `path` as the command line gave them. A file name that is not valid UTF-8 reaches
    /// Swift with U+FFFD in place of its bad bytes; the original bytes are found in the process's
    /// arguments, so such a file can still be opened.
    static func rawPath(of path: String) -> [CChar] {
        if path.unicodeScalars.contains("\u{FFFD}") {
            for index in 1..<Int(CommandLine.argc) {
                guard let argument = CommandLine.unsafeArgv[index] else { continue }
                let bytes = UnsafeBufferPointer(start: argument, count: strlen(argument))
                if String(decoding: bytes.map { UInt8(bitPattern: $0) }, as: UTF8.self) == path {
                    return Array(bytes) + [0]
                }
            }
        }
        return path.utf8CString.map { $0 }
    }

    private static func readStandardInput() throws(InputFailure) -> [UInt8] {
        try readAll(FileHandle.standardInput, source: "-")
    }

    /// Reads to the end in chunks, refusing inputs over the size limit without reading all of them.
    private static func readAll(_ handle: FileHandle, source: String) throws(InputFailure) -> [UInt8] {
        var bytes: [UInt8] = []
        while true {
            let chunk: Data?
            do {
                chunk = try handle.read(upToCount: 1 << 20)
            } catch {
                throw InputFailure(code: InputFailure.unreadable, source: source, reason: "cannot be read (\(error.localizedDescription))")
            }
            guard let chunk, !chunk.isEmpty else { return bytes }
            bytes.append(contentsOf: chunk)
            if bytes.count > maximumBytes {
                throw InputFailure(code: InputFailure.notText, source: source,
                                   reason: "is larger than \(maximumBytes / 1024 / 1024) MiB; Byline reads articles, not archives")
            }
        }
    }
}
