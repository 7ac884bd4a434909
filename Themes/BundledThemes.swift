import Foundation

/// Where the theme files that ship with Byline live.
///
/// This deliberately avoids `Bundle.module`: SwiftPM's generated accessor stops the program with
/// `fatalError` when the resource bundle is missing (say, a binary copied without its resources), and
/// a missing theme directory must only mean falling back to the built-in theme.
public enum BundledThemes {
    /// The directory holding `default.toml`, `light.toml`, `high-contrast.toml` and `monochrome.toml`,
    /// or nil when the resource bundle cannot be found.
    public static var directory: URL? {
        // The usual place, beside the executable, is found with a file check: opening bundles with
        // Foundation's `Bundle` costs the reader's start a millisecond or two.
        if let besideExecutable = bundleBesideExecutable() { return besideExecutable }
        for bundleURL in candidateBundleURLs() {
            guard let bundle = Bundle(url: bundleURL),
                  let file = bundle.url(forResource: "default", withExtension: "toml")
            else { continue }
            return file.deletingLastPathComponent()
        }
        return nil
    }

    private static let bundleNames = ["Byline_BylineThemes.resources", "Byline_BylineThemes.bundle"]

    /// The resource folder SwiftPM puts beside the executable on Linux, if it holds the default theme.
    private static func bundleBesideExecutable() -> URL? {
        guard let executable = try? FileManager.default.destinationOfSymbolicLink(atPath: "/proc/self/exe") else {
            return nil
        }
        let directory = URL(fileURLWithPath: executable).deletingLastPathComponent()
            .appendingPathComponent(bundleNames[0], isDirectory: true)
        let isThere = FileManager.default.fileExists(atPath: directory.appendingPathComponent("default.toml").path)
        return isThere ? directory : nil
    }

    /// Places SwiftPM puts the resource bundle: beside the main bundle (tests, `swift run`), in its
    /// resources (an app bundle), and beside the executable with symbolic links resolved (an
    /// installed link to the build folder).
    private static func candidateBundleURLs() -> [URL] {
        var directories = [Bundle.main.bundleURL]
        if let resources = Bundle.main.resourceURL {
            directories.append(resources)
        }
        if let executable = Bundle.main.executableURL {
            directories.append(executable.resolvingSymlinksInPath().deletingLastPathComponent())
        }
        return directories.flatMap { directory in
            bundleNames.map { directory.appendingPathComponent($0, isDirectory: true) }
        }
    }
}
