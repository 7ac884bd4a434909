import Foundation

/// A tmux client in control mode on a `Tmux` session: commands go in through a pipe and the pane's
/// output comes back as `%output` lines, so a test can time what the program writes without starting a
/// process per look.
final class TmuxControl: @unchecked Sendable {
    private let process = Process()
    private let input = Pipe()
    private let output = Pipe()
    private let lock = NSLock()
    /// Everything the client has printed so far; guarded by `lock`.
    private var received = ""

    /// Attaches to `session` on the tmux server at `socket`.
    init(socket: String, session: String) throws {
        process.executableURL = URL(fileURLWithPath: "/usr/bin/env")
        process.arguments = ["tmux", "-u", "-L", socket, "-C", "attach", "-t", session]
        process.standardInput = input
        process.standardOutput = output
        process.standardError = FileHandle.nullDevice
        output.fileHandleForReading.readabilityHandler = { [weak self] handle in
            let data = handle.availableData
            guard let self, !data.isEmpty else { return }
            self.lock.withLock { self.received += String(decoding: data, as: UTF8.self) }
        }
        try process.run()
    }

    deinit {
        output.fileHandleForReading.readabilityHandler = nil
        try? input.fileHandleForWriting.close()
        if process.isRunning { process.terminate() }
    }

    /// Sends one tmux command.
    func send(_ command: String) {
        input.fileHandleForWriting.write(Data((command + "\n").utf8))
    }

    /// Waits until an `%output` line contains `text` (as control mode writes it: control characters as
    /// octal escapes, ESC as `\033`); true if it came within `timeout` seconds.
    func waitForOutput(containing text: String, timeout: TimeInterval) -> Bool {
        let deadline = Date().addingTimeInterval(timeout)
        while Date() < deadline {
            let found = lock.withLock {
                received.split(separator: "\n").contains { $0.hasPrefix("%output") && $0.contains(text) }
            }
            if found { return true }
            Thread.sleep(forTimeInterval: 0.001)
        }
        return false
    }
}
