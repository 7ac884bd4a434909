import BylineUI
import Foundation

/// Writes a message to standard error, each line sanitized (`TextSanitizer`): messages quote input (file
/// names, theme values, arguments) and an escape sequence in it must never reach the terminal.
func printError(_ message: String) {
    let lines = message.split(separator: "\n", omittingEmptySubsequences: false).map { TextSanitizer.sanitized(String($0)) }
    FileHandle.standardError.write(Data((lines.joined(separator: "\n") + "\n").utf8))
}
