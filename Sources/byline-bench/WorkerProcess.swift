import Foundation

/// A child process running this same binary with other arguments (a fuzz or scaling worker): its standard
/// output read line by line with a time limit, the start of its standard error kept for reports. A trap in
/// the child ends only the child.
final class WorkerProcess {
    /// What reading a line gave.
    enum Read {
        case line(String)
        /// The child closed its output (it ended).
        case end
        /// No whole line within the time limit.
        case timedOut
    }

    /// How the child ended.
    struct Ending {
        /// The exit status, or the signal that ended it when `signalled`.
        var status: Int32
        var signalled: Bool
        /// The first bytes the child wrote to standard error (where a trap's message is).
        var errorHead: String

        var description: String {
            let how = signalled ? "killed by signal \(status)" : "exited with status \(status)"
            let lines = errorHead.split(whereSeparator: \.isNewline)
            let message = lines.first { $0.localizedCaseInsensitiveContains("error") } ?? lines.last
            return message.map { "\(how): \($0)" } ?? how
        }
    }

    private let process = Process()
    private let output = Pipe()
    private let errors = Pipe()
    private var pending: [UInt8] = []
    private var errorHead: [UInt8] = []
    private var outputOpen = true
    private var errorsOpen = true

    /// Starts the child with the runtime's backtracer off (a trap should end it at once, not after seconds
    /// of symbolication).
    init(arguments: [String]) throws {
        process.executableURL = URL(fileURLWithPath: Bundle.main.executablePath ?? CommandLine.arguments[0])
        process.arguments = arguments
        var environment = ProcessInfo.processInfo.environment
        environment["SWIFT_BACKTRACE"] = "enable=no"
        process.environment = environment
        process.standardOutput = output
        process.standardError = errors
        try process.run()
    }

    /// The next line of the child's output, waiting at most `timeout` seconds for it.
    func readLine(timeout: Double) -> Read {
        let deadline = DispatchTime.now().uptimeNanoseconds + UInt64(max(0, timeout) * 1e9)
        while true {
            if let newline = pending.firstIndex(of: UInt8(ascii: "\n")) {
                let line = String(decoding: pending[..<newline], as: UTF8.self)
                pending.removeSubrange(...newline)
                return .line(line)
            }
            if !outputOpen { return .end }
            let now = DispatchTime.now().uptimeNanoseconds
            guard now < deadline else { return .timedOut }
            waitForData(milliseconds: Int32(min(1000, (deadline - now) / 1_000_000 + 1)))
        }
    }

    /// Waits for the child to end (killing it first when `kill`) and says how it ended.
    func finish(kill: Bool = false) -> Ending {
        if kill, process.isRunning { Foundation.kill(process.processIdentifier, SIGKILL) }
        while errorsOpen || outputOpen { waitForData(milliseconds: 1000) }
        process.waitUntilExit()
        return Ending(status: process.terminationStatus, signalled: process.terminationReason == .uncaughtSignal,
                      errorHead: String(decoding: errorHead, as: UTF8.self))
    }

    /// Reads whatever the child has written to either pipe within the time, keeping output and the start
    /// of standard error (so the child never blocks on a full pipe).
    private func waitForData(milliseconds: Int32) {
        let outputDescriptor = output.fileHandleForReading.fileDescriptor
        let errorDescriptor = errors.fileHandleForReading.fileDescriptor
        var descriptors = [
            pollfd(fd: outputOpen ? outputDescriptor : -1, events: Int16(POLLIN), revents: 0),
            pollfd(fd: errorsOpen ? errorDescriptor : -1, events: Int16(POLLIN), revents: 0),
        ]
        guard poll(&descriptors, 2, milliseconds) > 0 else { return }
        var chunk = [UInt8](repeating: 0, count: 65_536)
        if descriptors[0].revents != 0 {
            let count = read(outputDescriptor, &chunk, chunk.count)
            if count > 0 { pending += chunk[..<count] } else { outputOpen = false }
        }
        if descriptors[1].revents != 0 {
            let count = read(errorDescriptor, &chunk, chunk.count)
            if count > 0 {
                errorHead += chunk[..<min(count, max(0, 4096 - errorHead.count))]
            } else {
                errorsOpen = false
            }
        }
    }
}
