/// Why a theme could not be loaded: the file, the line and key when known, and the problem.
///
/// Its description reads like a compiler message:
/// `themes/bad.toml:7: scopes.entity.person: unknown colour "purplish"`.
public struct ThemeError: Error, Equatable, Sendable, CustomStringConvertible {
    /// The theme file's path as given; empty when no file was involved (an unknown theme name).
    public let path: String
    /// The 1-based line of the problem, when known.
    public let line: Int?
    /// The dotted key at fault, such as `scopes.entity.person.fg`, when there is one.
    public let key: String?
    /// What is wrong, in a few words.
    public let problem: String

    public init(path: String, line: Int? = nil, key: String? = nil, problem: String) {
        self.path = path
        self.line = line
        self.key = key
        self.problem = problem
    }

    public var description: String {
        var location = path
        if let line { location += location.isEmpty ? "line \(line)" : ":\(line)" }
        let parts = [location, key ?? "", problem].filter { !$0.isEmpty }
        return parts.joined(separator: ": ")
    }
}
