import Foundation
import Testing
@testable import BylineUI

/// Text snapshots of screens in `Snapshots/<name>.txt`: the screen's text in a frame, then the style
/// runs of every row that isn't all `text`. Recorded when missing or when RECORD_SNAPSHOTS=1;
/// otherwise compared line by line.
enum Snapshot {
    /// The snapshot text of `buffer`.
    static func describe(_ buffer: Buffer) -> String {
        var lines = ["\(buffer.width)x\(buffer.height)"]
        let border = String(repeating: "─", count: buffer.width)
        lines.append("┌" + border + "┐")
        for y in 0..<buffer.height {
            let text = (0..<buffer.width).map { buffer[$0, y] }.filter { !$0.isContinuation }.map(\.grapheme).joined()
            lines.append("│" + text + "│")
        }
        lines.append("└" + border + "┘")
        lines.append("styles (rows not listed are all text):")
        for y in 0..<buffer.height {
            let runs = styleRuns(buffer, row: y)
            if runs != ["0-\(buffer.width - 1) text"] {
                lines.append("row \(y): " + runs.joined(separator: ", "))
            }
        }
        return lines.joined(separator: "\n") + "\n"
    }

    /// "first-last scope" for each stretch of cells of one style on row `y`.
    private static func styleRuns(_ buffer: Buffer, row y: Int) -> [String] {
        var runs: [String] = []
        var x = 0
        while x < buffer.width {
            let style = buffer[x, y].style
            var end = x
            while end + 1 < buffer.width, buffer[end + 1, y].style == style {
                end += 1
            }
            runs.append("\(x)-\(end) \(SnapshotTheme.name(of: style))")
            x = end + 1
        }
        return runs
    }

    /// Compares `buffer` with the snapshot `name`, recording it when missing or asked to.
    static func assertMatches(_ buffer: Buffer, named name: String, filePath: String = #filePath,
                              sourceLocation: SourceLocation = #_sourceLocation) throws {
        let actual = describe(buffer)
        let url = URL(fileURLWithPath: filePath).deletingLastPathComponent()
            .appendingPathComponent("Snapshots").appendingPathComponent(name + ".txt")
        let record = ProcessInfo.processInfo.environment["RECORD_SNAPSHOTS"] == "1"
        guard !record, let data = FileManager.default.contents(atPath: url.path) else {
            try FileManager.default.createDirectory(at: url.deletingLastPathComponent(), withIntermediateDirectories: true)
            try Data(actual.utf8).write(to: url)
            return
        }
        let expected = String(decoding: data, as: UTF8.self)
        guard expected != actual else { return }
        Issue.record(Comment(rawValue: diff(expected: expected, actual: actual, name: name)), sourceLocation: sourceLocation)
    }

    /// The lines that differ, as "-" expected and "+" actual with their line numbers.
    private static func diff(expected: String, actual: String, name: String) -> String {
        let old = expected.components(separatedBy: "\n")
        let new = actual.components(separatedBy: "\n")
        var report = ["Snapshot \(name) differs (RECORD_SNAPSHOTS=1 records it anew):"]
        for index in 0..<max(old.count, new.count) {
            let before = index < old.count ? old[index] : "<missing>"
            let after = index < new.count ? new[index] : "<missing>"
            if before != after {
                report.append("line \(index + 1):")
                report.append("- " + before)
                report.append("+ " + after)
            }
        }
        return report.joined(separator: "\n")
    }
}
