/// A named set of styles for dotted scopes such as `entity.person` or `ui.pane.focused`.
///
/// Panes ask for scopes, never for colours. A scope the theme does not define falls back along its
/// dots: `entity.person.selected`, then `entity.person`, then `entity`, then `text`, then
/// `Style.plain`. The first defined scope wins whole; fallback does not merge fields of parents.
public struct Theme: Sendable, Hashable {
    /// The theme's name: its `name` key, or the file name without `.toml`.
    public let name: String
    /// The theme's one-line `description`, if it has one.
    public let summary: String?
    /// The styles the theme defines, keyed by full scope name.
    public let styles: [String: Style]

    public init(name: String, summary: String? = nil, styles: [String: Style]) {
        self.name = name
        self.summary = summary
        self.styles = styles
    }

    /// The style for `scope`, falling back along its dots, then to `text`, then to `Style.plain`.
    public func style(for scope: String) -> Style {
        var candidate = Substring(scope)
        while !candidate.isEmpty {
            if let style = styles[String(candidate)] { return style }
            guard let dot = candidate.lastIndex(of: ".") else { break }
            candidate = candidate[..<dot]
        }
        return styles["text"] ?? .plain
    }
}
