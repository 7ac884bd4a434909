import Foundation
import TOMLKit

/// The reader's settings from `$XDG_CONFIG_HOME/byline/config.toml` (else `~/.config/byline/config.toml`):
///
/// ```toml
/// theme = "light"        # a theme name or path, as --theme takes
/// mouse = false          # leave the mouse to the terminal, as --no-mouse
/// wrap-width = 88        # wrap the article at most this wide (20-1000 columns)
/// panes = ["entities", "quotes"]   # the panes shown beside the article (all three by default)
///
/// [keys]                 # more keys, bound everywhere before the reader's own
/// "ctrl-j" = "line-down"
/// "x" = "quit"
/// ```
///
/// Command-line options win over the file. A problem is a `ThemeError` (the one error type of Byline's
/// TOML files) naming the file, the line and the key; the rest of the file still counts.
public struct ReaderConfig: Equatable, Sendable {
    public var theme: String?
    public var mouse: Bool?
    public var wrapWidth: Int?
    /// The panes shown beside the article; nil for all.
    public var panes: [Pane]?
    /// The keys the file binds, with the actions' names, in the file's order.
    public var keys: [(key: Key, action: String)] = []

    /// The widths `wrap-width` may take.
    public static let wrapWidths = 20...1000
    /// The most a config file may hold, like a theme file.
    static let maximumBytes = 1 << 20

    public init() {}

    public static func == (a: ReaderConfig, b: ReaderConfig) -> Bool {
        a.theme == b.theme && a.mouse == b.mouse && a.wrapWidth == b.wrapWidth && a.panes == b.panes
            && a.keys.map(\.key) == b.keys.map(\.key) && a.keys.map(\.action) == b.keys.map(\.action)
    }

    /// The path of the config file for `environment`: `$XDG_CONFIG_HOME/byline/config.toml` (an absolute
    /// XDG_CONFIG_HOME only), else `$HOME/.config/byline/config.toml`; nil without either.
    public static func path(environment: [String: String]) -> String? {
        if let config = environment["XDG_CONFIG_HOME"], config.hasPrefix("/") {
            return config + "/byline/config.toml"
        }
        guard let home = environment["HOME"], !home.isEmpty else { return nil }
        return home + "/.config/byline/config.toml"
    }

    /// The settings in the file at `path`: none if it does not exist, and the problems found.
    public static func load(path: String) -> (ReaderConfig, [ThemeError]) {
        guard FileManager.default.fileExists(atPath: path) else { return (ReaderConfig(), []) }
        guard let data = FileManager.default.contents(atPath: path), data.count <= maximumBytes else {
            return (ReaderConfig(), [ThemeError(path: path, problem: "cannot be read, or is larger than 1 MiB")])
        }
        return parse(String(decoding: data, as: UTF8.self), path: path)
    }

    /// The settings in `text` (the file at `path`), and the problems found: each names the line and key,
    /// and leaves that setting out.
    public static func parse(_ text: String, path: String) -> (ReaderConfig, [ThemeError]) {
        let locator = TOMLKeyLocator(text: text)
        func problem(_ keyPath: [String], _ what: String) -> ThemeError {
            ThemeError(path: path, line: locator.line(of: keyPath), key: keyPath.joined(separator: "."), problem: what)
        }
        if text.contains("\u{0}") { return (ReaderConfig(), [ThemeError(path: path, problem: "contains a NUL character")]) }
        if let (line, shape) = ThemeShape.problem(in: text) {
            return (ReaderConfig(), [ThemeError(path: path, line: line, problem: "too complex: \(shape)")])
        }
        let root: TOMLTable
        do {
            root = try TOMLTable(string: text)
        } catch let parseError as TOMLParseError {
            return (ReaderConfig(), [ThemeError(path: path, line: parseError.source.begin.line,
                                                problem: "invalid TOML: \(parseError.description)")])
        } catch {
            return (ReaderConfig(), [ThemeError(path: path, problem: "invalid TOML")])
        }
        var config = ReaderConfig()
        var problems: [ThemeError] = []
        for key in root.keys.sorted() {
            guard let value = root[key] else { continue }
            switch key {
            case "theme":
                if let name = value.string, !name.isEmpty { config.theme = name } else {
                    problems.append(problem([key], "expected a theme name or path"))
                }
            case "mouse":
                if let flag = value.bool { config.mouse = flag } else { problems.append(problem([key], "expected true or false")) }
            case "wrap-width":
                if let width = value.int, wrapWidths.contains(width) { config.wrapWidth = width } else {
                    problems.append(problem([key], "expected a whole number of columns from 20 to 1000"))
                }
            case "panes":
                let names = value.array.map { array in array.map(\.string) }
                let panes = names?.map { name in Pane.allCases.first { $0.configName == name } }
                if let panes, !panes.contains(nil) { config.panes = panes.compactMap { $0 } } else {
                    problems.append(problem([key], "expected a list of pane names: "
                                            + Pane.allCases.map { "\"\($0.configName)\"" }.joined(separator: ", ")))
                }
            case "keys":
                guard let table = value.table else {
                    problems.append(problem([key], "expected a table of keys and action names"))
                    continue
                }
                for name in table.keys.sorted() {
                    guard let parsed = KeyName.key(named: name) else {
                        problems.append(problem([key, name], "unknown key name; write a character, ctrl-x, enter, tab, esc, space, backspace, up, down, left, right, pgup, pgdn, home or end"))
                        continue
                    }
                    guard let action = table[name]?.string, ActionName.action(named: action) != nil else {
                        problems.append(problem([key, name], "unknown action; one of " + ActionName.names.joined(separator: ", ")))
                        continue
                    }
                    config.keys.append((parsed, action))
                }
            default:
                problems.append(problem([key], "unknown setting; expected theme, mouse, wrap-width, panes or keys"))
            }
        }
        return (config, problems)
    }
}
