import Foundation

/// Reads theme files.
///
/// A theme file is TOML:
///
/// ```toml
/// name = "dusk"                      # optional; defaults to the file name without .toml
/// description = "For dark terminals" # optional
///
/// [palette]                          # optional: your own colour names
/// accent = "#61afef"
/// muted = 244
///
/// [scopes]
/// text = { fg = "default", bg = "default" }
/// entity = "accent"                  # a colour alone is the foreground
/// "entity.person" = { fg = "yellow", bold = true }
///
/// [scopes.quote]                     # nested tables work too: this is scope "quote" ...
/// italic = true
/// speaker = { fg = "cyan", underline = true }   # ... and this "quote.speaker"
/// ```
///
/// - A scope's value is a colour (its foreground) or a table. In a table, the keys `fg`, `bg` (colours)
///   and `bold`, `underline`, `reverse`, `dim`, `italic` (true or false) style the scope itself; any
///   other key names a child scope. `{}` is the plain style. A scope may be defined only once.
/// - A colour is `default` (the terminal's own), one of the 16 names `black` `red` `green` `yellow`
///   `blue` `magenta` `cyan` `white` and `bright-black` … `bright-white`, `#rrggbb`, an integer 0–255
///   of the 256-colour palette, or a name from `[palette]` (which takes precedence). Palette entries
///   must themselves be colours, not other palette names.
/// - Any other top-level key is an error, so that a misspelt `[scope]` does not pass silently.
public enum ThemeLoader {
    /// The largest theme file read, in bytes.
    static let sizeLimit = 1 << 20

    /// Loads the theme file at `path`; errors name the path as given.
    public static func load(path: String) throws(ThemeError) -> Theme {
        let url = URL(fileURLWithPath: (path as NSString).expandingTildeInPath)
        let text = try readText(url, path: path)
        return try parse(text, path: path, defaultName: url.deletingPathExtension().lastPathComponent)
    }

    /// Parses a theme from TOML `text`; `path` is used in errors, `defaultName` when there is no `name`.
    public static func parse(_ text: String, path: String, defaultName: String) throws(ThemeError) -> Theme {
        try ThemeParser(text: text, path: path).theme(defaultName: defaultName)
    }

    /// The file's text. Only a regular file is read (a FIFO or a device given as a theme would block or
    /// never end), opened without waiting, and no more than the size limit of it.
    private static func readText(_ url: URL, path: String) throws(ThemeError) -> String {
        let descriptor = open(url.path, O_RDONLY | O_NONBLOCK | O_CLOEXEC)
        guard descriptor >= 0 else {
            throw ThemeError(path: path, problem: errno == ENOENT ? "no such file" : String(cString: strerror(errno)))
        }
        defer { close(descriptor) }
        var status = stat()
        guard fstat(descriptor, &status) == 0 else { throw ThemeError(path: path, problem: "cannot read the file") }
        switch status.st_mode & S_IFMT {
        case S_IFREG: break
        case S_IFDIR: throw ThemeError(path: path, problem: "is a directory")
        default: throw ThemeError(path: path, problem: "is not a regular file")
        }
        guard status.st_size <= sizeLimit else { throw ThemeError(path: path, problem: "larger than 1 MiB") }
        var bytes = [UInt8](repeating: 0, count: Int(status.st_size) + 1)
        var count = 0
        while count < bytes.count {
            let read = bytes.withUnsafeMutableBytes { Foundation.read(descriptor, $0.baseAddress! + count, $0.count - count) }
            if read < 0, errno == EINTR { continue }
            guard read >= 0 else { throw ThemeError(path: path, problem: "cannot read the file") }
            if read == 0 { break }
            count += read
        }
        guard count <= sizeLimit else { throw ThemeError(path: path, problem: "larger than 1 MiB") }
        guard let text = String(data: Data(bytes[..<count]), encoding: .utf8) else {
            throw ThemeError(path: path, problem: "not UTF-8 text")
        }
        return text
    }
}
