import Foundation

/// A private tmux server running one window, driven the way a person would: keys in, screen out.
final class Tmux {
    private let socket: String
    private let configuration: URL
    private let statusFile: URL
    let session = "byline"

    /// Whether tmux is installed (CI installs it; without it the end-to-end tests are skipped).
    static var isAvailable: Bool {
        ["/usr/bin/tmux", "/usr/local/bin/tmux", "/bin/tmux"].contains { FileManager.default.isExecutableFile(atPath: $0) }
    }

    /// Starts `command` (run by sh) in a detached window of the given size, with no status bar, a UTF-8
    /// locale and without the NO_COLOR that `swift test` sets. The shell
    /// records the command's exit status in a file (tmux's own `pane_dead_status` proved unreliable when
    /// driven from the test runner), and the pane stays after it exits so its last screen can be read.
    /// With `lingering`, the shell waits a while after recording the status, so the screen can be read
    /// before tmux marks the pane dead (which scrolls its first row away).
    /// `options` are more lines for tmux's configuration (`set -g set-clipboard on`).
    init(command: String, width: Int, height: Int, lingering: Bool = false, options: [String] = []) throws {
        let name = "byline-e2e-\(ProcessInfo.processInfo.processIdentifier)-\(UUID().uuidString.prefix(8))"
        socket = name
        let folder = FileManager.default.temporaryDirectory
        configuration = folder.appendingPathComponent(name + ".conf")
        statusFile = folder.appendingPathComponent(name + ".status")
        try Data(("""
            set -g remain-on-exit on
            set -g default-terminal tmux-256color
            set -g escape-time 10
            set -g status off

            """ + options.map { $0 + "\n" }.joined()).utf8).write(to: configuration)
        // The shell survives a Ctrl-C meant for the command (a trapped signal is reset to default in the
        // command it starts), so it can still record the status.
        let script = "trap true INT; \(command); echo $? > \(Fixtures.quoted(statusFile.path))"
            + (lingering ? "; sleep 20" : "")
        try tmux(["-f", configuration.path, "new-session", "-d", "-s", session, "-x", "\(width)", "-y", "\(height)",
                  "exec env -u NO_COLOR LANG=C.UTF-8 sh -c \(Fixtures.quoted(script))"])
    }

    deinit {
        _ = try? tmux(["kill-server"])
        try? FileManager.default.removeItem(at: configuration)
        try? FileManager.default.removeItem(at: statusFile)
    }

    /// The visible screen, one string per row, trailing spaces trimmed.
    func screen() throws -> [String] {
        var rows = try tmux(["capture-pane", "-p", "-t", session]).components(separatedBy: "\n")
        if rows.last == "" { rows.removeLast() }
        return rows.map {
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

    /// The text of tmux's latest paste buffer (what an OSC 52 sequence set, with `set-clipboard on`).
    func pasteBuffer() throws -> String {
        try tmux(["show-buffer"])
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

    /// Waits until the reader's analysis has arrived: the status line no longer says "analysing".
    @discardableResult
    func waitForAnalysis(timeout: TimeInterval = 30) throws -> [String] {
        try waitFor("the analysis", timeout: timeout) { screen in
            screen.contains { !$0.isEmpty } && !(screen.last ?? "").contains("analysing")
        }
    }

    /// Waits until the command has exited and returns its exit status (128 + n for signal n), looking
    /// every `interval` seconds.
    func waitForExit(timeout: TimeInterval = 15, interval: TimeInterval = 0.05) throws -> Int {
        let deadline = Date().addingTimeInterval(timeout)
        while Date() < deadline {
            if let text = try? String(contentsOf: statusFile, encoding: .utf8),
               let status = Int(text.trimmingCharacters(in: .whitespacesAndNewlines)) {
                return status
            }
            Thread.sleep(forTimeInterval: interval)
        }
        throw TmuxError(description: "timed out waiting for the program to exit; the screen was:\n"
                        + ((try? screen()) ?? []).joined(separator: "\n"))
    }

    /// A control-mode client on this session.
    func control() throws -> TmuxControl {
        try TmuxControl(socket: socket, session: session)
    }

    /// The process id of the command the pane's shell is running.
    func commandProcessID() throws -> String {
        let shell = try value("pane_pid")
        let children = try String(contentsOfFile: "/proc/\(shell)/task/\(shell)/children", encoding: .utf8)
        guard let child = children.split(separator: " ").first else {
            throw TmuxError(description: "the pane's shell \(shell) runs no command")
        }
        return String(child)
    }

    /// Runs one tmux command and returns what it printed.
    @discardableResult
    private func tmux(_ arguments: [String]) throws -> String {
        let output = FileManager.default.temporaryDirectory.appendingPathComponent("\(socket)-\(UUID().uuidString).out")
        defer { try? FileManager.default.removeItem(at: output) }
        let status = try Spawn.run(["tmux", "-u", "-L", socket] + arguments, outputPath: output.path)
        guard status == 0 else {
            throw TmuxError(description: "tmux \(arguments.joined(separator: " ")) failed with \(status)")
        }
        return String(decoding: (try? Data(contentsOf: output)) ?? Data(), as: UTF8.self)
    }
}

struct TmuxError: Error, CustomStringConvertible {
    let description: String
}
