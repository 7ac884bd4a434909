/// Which theme to use, from the command line and the environment.
public enum ThemeChoice {
    /// The theme that shows no colour at all.
    public static let monochrome = "monochrome"
    /// The theme used when none is asked for.
    public static let standard = "default"

    /// The theme name (or path) to load.
    ///
    /// `NO_COLOR` set to anything non-empty, the `--no-color` flag, or `TERM=dumb` give `monochrome`,
    /// overriding a requested theme; otherwise the requested theme, otherwise `default`.
    public static func resolve(requested: String?, noColorFlag: Bool, environment: [String: String]) -> String {
        let noColor = !(environment["NO_COLOR"] ?? "").isEmpty
        if noColor || noColorFlag || environment["TERM"] == "dumb" {
            return monochrome
        }
        if let requested, !requested.isEmpty {
            return requested
        }
        return standard
    }
}
