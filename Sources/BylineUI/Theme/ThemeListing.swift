import Foundation

/// A theme file the catalog found: its name, where it is, and whether it is the user's or bundled.
public struct ThemeListing: Sendable, Hashable, CustomStringConvertible {
    /// Where a theme file comes from.
    public enum Origin: String, Sendable, Hashable {
        /// Shipped with Byline.
        case bundled
        /// In the user's theme directory; overrides a bundled theme of the same name.
        case user
    }

    /// The file name without `.toml`: what `--theme` takes.
    public let name: String
    /// The theme file.
    public let url: URL
    public let origin: Origin

    public init(name: String, url: URL, origin: Origin) {
        self.name = name
        self.url = url
        self.origin = origin
    }

    /// The theme file's path.
    public var path: String { url.path }

    /// Whether the theme is the user's own.
    public var isUser: Bool { origin == .user }

    /// `name  (origin)  path`, with the name padded for a column.
    public var description: String {
        let name = self.name.padding(toLength: max(16, self.name.count), withPad: " ", startingAt: 0)
        let origin = self.origin.rawValue.padding(toLength: 7, withPad: " ", startingAt: 0)
        return "\(name)  \(origin)  \(path)"
    }
}
