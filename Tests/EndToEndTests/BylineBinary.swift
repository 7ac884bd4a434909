import Foundation

/// Finds the `byline` executable that `swift test` built beside the test bundle, and runs it.
enum BylineBinary {
    /// The built binary: `swift test` builds every product into the directory holding the test runner.
    static var url: URL {
        let runner = URL(fileURLWithPath: (try? FileManager.default.destinationOfSymbolicLink(atPath: "/proc/self/exe"))
            ?? CommandLine.arguments[0])
        return runner.deletingLastPathComponent().appendingPathComponent("byline")
    }

    /// What a finished process left.
    struct Result {
        var status: Int32
        var standardOutput: String
        var standardError: String
    }

    /// Runs byline with arguments and optional standard input, waits for it (terminating it after
    /// `timeout` seconds, so a hang fails the test instead of stalling the suite), and collects its output.
    /// With `outputPath`, standard output goes to that file (such as /dev/full) instead.
    static func run(_ arguments: [String], input: Data? = nil, environment: [String: String] = [:],
                    timeout: TimeInterval = 60, outputPath: String? = nil) throws -> Result {
        let process = Process()
        process.executableURL = url
        process.arguments = arguments
        var env = ProcessInfo.processInfo.environment
        env["LANG"] = "C.UTF-8"
        for (key, value) in environment { env[key] = value }
        process.environment = env
        let outPipe = Pipe()
        let errPipe = Pipe()
        let inPipe = Pipe()
        if let outputPath, let file = FileHandle(forWritingAtPath: outputPath) {
            process.standardOutput = file
        } else {
            process.standardOutput = outPipe
        }
        process.standardError = errPipe
        process.standardInput = inPipe
        try process.run()
        let writer = Thread {
            if let input { inPipe.fileHandleForWriting.write(input) }
            try? inPipe.fileHandleForWriting.close()
        }
        writer.start()
        let errorReader = DataReader(errPipe.fileHandleForReading)
        let watchdog = DispatchWorkItem { if process.isRunning { process.terminate() } }
        DispatchQueue.global().asyncAfter(deadline: .now() + timeout, execute: watchdog)
        try? outPipe.fileHandleForWriting.close()
        let output = outPipe.fileHandleForReading.readDataToEndOfFile()
        process.waitUntilExit()
        watchdog.cancel()
        return Result(status: process.terminationStatus,
                      standardOutput: String(decoding: output, as: UTF8.self),
                      standardError: String(decoding: errorReader.finish(), as: UTF8.self))
    }
}

/// Drains a pipe on its own thread so a chatty process never blocks on a full pipe.
final class DataReader: @unchecked Sendable {
    private let lock = NSLock()
    private var data = Data()
    private let done = DispatchSemaphore(value: 0)

    init(_ handle: FileHandle) {
        Thread {
            let all = handle.readDataToEndOfFile()
            self.lock.withLock { self.data = all }
            self.done.signal()
        }.start()
    }

    func finish() -> Data {
        done.wait()
        return lock.withLock { data }
    }
}
