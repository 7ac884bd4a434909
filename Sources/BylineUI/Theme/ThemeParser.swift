import TOMLKit

/// Turns the TOML of one theme file into a `Theme`, reporting the first problem as a `ThemeError`
/// with the file, line and key. The format is described on `ThemeLoader`.
struct ThemeParser {
    private let text: String
    private let path: String

    private static let topLevelKeys: Set = ["name", "description", "palette", "scopes"]
    private static let attributeKeys: [String: Attributes] = [
        "bold": .bold, "underline": .underline, "reverse": .reverse, "dim": .dim, "italic": .italic,
    ]
    private static let styleKeys = Set(attributeKeys.keys).union(["fg", "bg"])

    init(text: String, path: String) {
        self.text = text
        self.path = path
    }

    func theme(defaultName: String) throws(ThemeError) -> Theme {
        let root = try document()
        for key in root.keys.sorted() where !Self.topLevelKeys.contains(key) {
            throw error(at: [key], "unknown key; expected name, description, palette or scopes")
        }
        let name = try root["name"].map { value throws(ThemeError) in try nonEmptyString(value, at: ["name"]) }
        let summary = try root["description"].map { value throws(ThemeError) in
            try nonEmptyString(value, at: ["description"])
        }
        let palette = try root["palette"].map { value throws(ThemeError) in try readPalette(value) } ?? [:]
        var styles: [String: Style] = [:]
        if let scopes = root["scopes"] {
            guard let table = scopes.table else {
                throw error(at: ["scopes"], "expected a table, found \(Self.describe(scopes.type))")
            }
            for key in table.keys.sorted() {
                guard let value = table[key] else { continue }
                try readScope(value, at: ["scopes", key], palette: palette, into: &styles)
            }
        }
        return Theme(name: name ?? defaultName, summary: summary, styles: styles)
    }

    private func document() throws(ThemeError) -> TOMLTable {
        if let nul = text.firstIndex(of: "\u{0}") {
            // TOMLKit hands the text to C as a NUL-terminated string, which would silently end there.
            let line = text.unicodeScalars[..<nul].reduce(1) { $1 == "\n" ? $0 + 1 : $0 }
            throw ThemeError(path: path, line: line, problem: "contains a NUL character")
        }
        if let (line, problem) = ThemeShape.problem(in: text) {
            throw ThemeError(path: path, line: line, problem: "too complex for a theme: \(problem)")
        }
        do {
            return try TOMLTable(string: text)
        } catch let parseError as TOMLParseError {
            throw ThemeError(path: path, line: parseError.source.begin.line,
                             problem: "invalid TOML: \(parseError.description)")
        } catch {
            throw ThemeError(path: path, problem: "invalid TOML")
        }
    }

    private func readPalette(_ value: any TOMLValueConvertible) throws(ThemeError) -> [String: Color] {
        guard let table = value.table else {
            throw error(at: ["palette"], "expected a table, found \(Self.describe(value.type))")
        }
        var palette: [String: Color] = [:]
        for key in table.keys.sorted() {
            guard let entry = table[key] else { continue }
            palette[key] = try color(entry, at: ["palette", key], palette: [:], expecting: "a colour")
        }
        return palette
    }

    /// Reads the scope at `keyPath` (which starts with "scopes") and its children, if it is a table.
    private func readScope(_ value: any TOMLValueConvertible, at keyPath: [String], palette: [String: Color],
                           into styles: inout [String: Style]) throws(ThemeError) {
        let scope = keyPath.dropFirst().joined(separator: ".")
        guard let table = value.table else {
            let foreground = try color(value, at: keyPath, palette: palette, expecting: "a colour or a table")
            try define(scope, Style(foreground: foreground), at: keyPath, in: &styles)
            return
        }
        let keys = table.keys.sorted()
        let ownKeys = keys.filter(Self.styleKeys.contains)
        if !ownKeys.isEmpty || keys.isEmpty {
            var style = Style()
            for key in ownKeys {
                guard let field = table[key] else { continue }
                try apply(field, key: key, at: keyPath + [key], palette: palette, to: &style)
            }
            try define(scope, style, at: keyPath, in: &styles)
        }
        for key in keys where !Self.styleKeys.contains(key) {
            guard let child = table[key] else { continue }
            try readScope(child, at: keyPath + [key], palette: palette, into: &styles)
        }
    }

    private func apply(_ field: any TOMLValueConvertible, key: String, at keyPath: [String],
                       palette: [String: Color], to style: inout Style) throws(ThemeError) {
        switch key {
        case "fg":
            style.foreground = try color(field, at: keyPath, palette: palette, expecting: "a colour")
        case "bg":
            style.background = try color(field, at: keyPath, palette: palette, expecting: "a colour")
        default:
            guard let attribute = Self.attributeKeys[key] else { return }
            guard let on = field.bool else {
                throw error(at: keyPath, "expected true or false, found \(Self.describe(field.type))")
            }
            if on { style.attributes.insert(attribute) }
        }
    }

    private func define(_ scope: String, _ style: Style, at keyPath: [String],
                        in styles: inout [String: Style]) throws(ThemeError) {
        guard styles[scope] == nil else { throw error(at: keyPath, "scope \"\(scope)\" is defined twice") }
        styles[scope] = style
    }

    private func color(_ value: any TOMLValueConvertible, at keyPath: [String], palette: [String: Color],
                       expecting expected: String) throws(ThemeError) -> Color {
        if let number = value.int {
            guard let index = UInt8(exactly: number) else {
                throw error(at: keyPath, "colour number \(number) is out of range 0–255")
            }
            return .indexed(index)
        }
        guard let name = value.string else {
            throw error(at: keyPath, "expected \(expected), found \(Self.describe(value.type))")
        }
        guard let color = palette[name] ?? Color(themeSyntax: name) else {
            throw error(at: keyPath, "unknown colour \"\(name)\"")
        }
        return color
    }

    private func nonEmptyString(_ value: any TOMLValueConvertible, at keyPath: [String]) throws(ThemeError) -> String {
        guard let string = value.string else {
            throw error(at: keyPath, "expected a string, found \(Self.describe(value.type))")
        }
        guard !string.isEmpty else { throw error(at: keyPath, "must not be empty") }
        return string
    }

    /// The problem at `keyPath`, with the line it is on: the text is scanned for keys' lines only now,
    /// as a theme that loads never needs them.
    private func error(at keyPath: [String], _ problem: String) -> ThemeError {
        ThemeError(path: path, line: TOMLKeyLocator(text: text).line(of: keyPath), key: keyPath.joined(separator: "."),
                   problem: problem)
    }

    private static func describe(_ type: TOMLType) -> String {
        switch type {
        case .table: "a table"
        case .array: "an array"
        case .string: "a string"
        case .int: "an integer"
        case .double: "a floating-point number"
        case .bool: "a boolean"
        case .date: "a date"
        case .time: "a time"
        case .dateTime: "a date-time"
        }
    }
}
