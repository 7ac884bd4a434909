import Foundation

/// A private tmux server running one window, driven the way a person would: keys in, screen out.
final class Tmux {
    private let socket: String
    private let configuration: URL
    let session = "byline"

    /// Whether tmux is installed (CI installs it; without it the end-to-end tests are skipped).
    static var isAvailable: Bool {
        ["/usr/bin/tmux", "/usr/local/bin/tmux", "/bin/tmux"].contains { FileManager.default.isExecutableFile(atPath: $0) }
    }

    /// Starts `command` (run by sh, which execs it) in a detached window of the given size, with no
    /// status bar. The pane stays after the command exits so its exit status and last screen can be read.
    init(command: String, width: Int, height: Int) throws {
        let name = "byline-e2e-\(ProcessInfo.processInfo.processIdentifier)-\(UUID().uuidString.prefix(8))"
        socket = name
        configuration = FileManager.default.temporaryDirectory.appendingPathComponent(name + ".conf")
        try Data("""
            set -g remain-on-exit on
            set -g default-terminal tmux-256color
            set -g escape-time 10
            set -g status off

            """.utf8).write(to: configuration)
        try tmux(["-f", configuration.path, "new-session", "-d", "-s", session, "-x", "\(width)", "-y", "\(height)",
                  "exec env LANG=C.UTF-8 " + command])
    }

    deinit {
        _ = try? tmux(["kill-server"])
        try? FileManager.default.removeItem(at: configuration)
    }

    /// The visible screen, one string per row, trailing spaces trimmed.
    func screen() throws -> [String] {
        try tmux(["capture-pane", "-p", "-t", session]).components(separatedBy: "\n").map {
            String($0.reversed().drop(while: { $0 == " " }).reversed())
        }
    }

    /// Types keys, named as tmux's send-keys names them ("j", "Space", "C-c", "NPage").
    func send(_ keys: String...) throws {
        try tmux(["send-keys", "-t", session] + keys)
    }

    /// Types text literally.
    func type(_ text: String) throws {
        try tmux(["send-keys", "-t", session, "-l", text])
    }

    /// Resizes the window.
    func resize(width: Int, height: Int) throws {
        try tmux(["resize-window", "-t", session, "-x", "\(width)", "-y", "\(height)"])
    }

    /// A tmux format variable of the pane: "pane_dead", "pane_dead_status", "alternate_on", "pane_pid".
    func value(_ name: String) throws -> String {
        try tmux(["display-message", "-p", "-t", session, "#{\(name)}"]).trimmingCharacters(in: .whitespacesAndNewlines)
    }

    /// Polls until the condition holds for the screen, or fails after the timeout with the last screen.
    @discardableResult
    func waitFor(_ description: String, timeout: TimeInterval = 15, _ condition: ([String]) -> Bool) throws -> [String] {
        let deadline = Date().addingTimeInterval(timeout)
        var last: [String] = []
        while Date() < deadline {
            last = try screen()
            if condition(last) { return last }
            Thread.sleep(forTimeInterval: 0.05)
        }
        throw TmuxError(description: "timed out waiting for \(description); the screen was:\n" + last.joined(separator: "\n"))
    }

    /// Waits until the pane's process has exited and returns its exit status.
    func waitForExit(timeout: TimeInterval = 15) throws -> Int {
        let deadline = Date().addingTimeInterval(timeout)
        while Date() < deadline {
            if try value("pane_dead") == "1" { return Int(try value("pane_dead_status")) ?? -1 }
            Thread.sleep(forTimeInterval: 0.05)
        }
        throw TmuxError(description: "timed out waiting for the program to exit; the screen was:\n"
                        + ((try? screen()) ?? []).joined(separator: "\n"))
    }

    @discardableResult
    private func tmux(_ arguments: [String]) throws -> String {
        let process = Process()
        process.executableURL = URL(fileURLWithPath: "/usr/bin/env")
        process.arguments = ["tmux", "-u", "-L", socket] + arguments
        let out = Pipe()
        process.standardOutput = out
        process.standardError = Pipe()
        try process.run()
        let data = out.fileHandleForReading.readDataToEndOfFile()
        process.waitUntilExit()
        guard process.terminationStatus == 0 else {
            throw TmuxError(description: "tmux \(arguments.joined(separator: " ")) failed with \(process.terminationStatus)")
        }
        return String(decoding: data, as: UTF8.self)
    }
}

struct TmuxError: Error, CustomStringConvertible {
    let description: String
}
