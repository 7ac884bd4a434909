import BylineThemes
import Foundation

/// The themes Byline can find: the bundled ones and the user's, which override bundled ones of the
/// same name. Loads a theme by name or by path.
public struct ThemeCatalog: Sendable {
    private let bundledDirectory: URL?
    private let userDirectory: URL?

    public init(bundledDirectory: URL?, userDirectory: URL?) {
        self.bundledDirectory = bundledDirectory
        self.userDirectory = userDirectory
    }

    /// The catalog of the bundled themes and the user's theme directory for `environment`.
    public static func standard(environment: [String: String]) -> ThemeCatalog {
        ThemeCatalog(bundledDirectory: BundledThemes.directory, userDirectory: userDirectory(environment: environment))
    }

    /// `$XDG_CONFIG_HOME/byline/themes`, else `$HOME/.config/byline/themes`; nil without either.
    /// A relative `XDG_CONFIG_HOME` is ignored, as the XDG specification asks.
    public static func userDirectory(environment: [String: String]) -> URL? {
        if let config = environment["XDG_CONFIG_HOME"], config.hasPrefix("/") {
            return URL(fileURLWithPath: config, isDirectory: true)
                .appendingPathComponent("byline", isDirectory: true)
                .appendingPathComponent("themes", isDirectory: true)
        }
        if let home = environment["HOME"], !home.isEmpty {
            return URL(fileURLWithPath: home, isDirectory: true)
                .appendingPathComponent(".config/byline/themes", isDirectory: true)
        }
        return nil
    }

    /// Every theme found, sorted by name; a user theme replaces a bundled one of the same name.
    public func listings() -> [ThemeListing] {
        var byName: [String: ThemeListing] = [:]
        for listing in Self.themeFiles(in: bundledDirectory, origin: .bundled) {
            byName[listing.name] = listing
        }
        for listing in Self.themeFiles(in: userDirectory, origin: .user) {
            byName[listing.name] = listing
        }
        return byName.values.sorted { $0.name < $1.name }
    }

    /// Loads a theme: a path if `nameOrPath` contains "/" or ends in `.toml`, else a theme name.
    public func load(_ nameOrPath: String) throws(ThemeError) -> Theme {
        if nameOrPath.contains("/") || nameOrPath.hasSuffix(".toml") {
            return try ThemeLoader.load(path: nameOrPath)
        }
        if let path = themeFile(named: nameOrPath) {
            return try ThemeLoader.load(path: path)
        }
        let available = listings()
        guard let listing = available.first(where: { $0.name == nameOrPath }) else {
            let names = available.map(\.name).joined(separator: ", ")
            let hint = names.isEmpty ? "no themes were found" : "available: \(names)"
            throw ThemeError(path: "", problem: "no theme named \"\(nameOrPath)\" (\(hint))")
        }
        return try ThemeLoader.load(path: listing.path)
    }

    /// The file `listings()` would give for `name`, found without listing the folders (the reader's
    /// start asks for one theme by name); nil leaves the question, and any error message, to the listing.
    private func themeFile(named name: String) -> String? {
        guard !name.isEmpty, !name.hasPrefix(".") else { return nil }
        for directory in [userDirectory, bundledDirectory].compactMap({ $0 }) {
            let path = directory.appendingPathComponent(name + ".toml").path
            var isDirectory: ObjCBool = false
            if FileManager.default.fileExists(atPath: path, isDirectory: &isDirectory) {
                return isDirectory.boolValue ? nil : path
            }
        }
        return nil
    }

    private static func themeFiles(in directory: URL?, origin: ThemeListing.Origin) -> [ThemeListing] {
        guard let directory,
              let contents = try? FileManager.default.contentsOfDirectory(
                  at: directory, includingPropertiesForKeys: nil, options: [.skipsHiddenFiles])
        else { return [] }
        return contents
            .filter { $0.pathExtension == "toml" && !$0.hasDirectoryPath }
            .map { ThemeListing(name: $0.deletingPathExtension().lastPathComponent, url: $0, origin: origin) }
    }
}
