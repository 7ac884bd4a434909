import BylineUI
import Foundation
import Testing

@Suite struct ThemeCatalogTests {
    @Test func userThemesOverrideBundledOnesAndAllAreSorted() throws {
        try ThemeFiles.withDirectory { root in
            let bundled = root.appendingPathComponent("bundled")
            let user = root.appendingPathComponent("user")
            try ThemeFiles.write("[scopes]\ntext = \"red\"\n", to: bundled, name: "default.toml")
            try ThemeFiles.write("[scopes]\ntext = \"blue\"\n", to: bundled, name: "light.toml")
            try ThemeFiles.write("[scopes]\ntext = \"green\"\n", to: user, name: "default.toml")
            try ThemeFiles.write("[scopes]\ntext = \"cyan\"\n", to: user, name: "amber.toml")
            try ThemeFiles.write("not a theme", to: user, name: "notes.txt")
            try ThemeFiles.write("[scopes]\n", to: user, name: ".hidden.toml")

            let catalog = ThemeCatalog(bundledDirectory: bundled, userDirectory: user)
            let listings = catalog.listings()
            #expect(listings.map(\.name) == ["amber", "default", "light"])
            #expect(listings.map(\.origin) == [.user, .user, .bundled])
            #expect(listings.map(\.isUser) == [true, true, false])
            #expect(listings[1].path == user.appendingPathComponent("default.toml").path)
            #expect(listings[1].description.contains("default"))
            #expect(listings[1].description.contains("user"))

            #expect(try catalog.load("default").style(for: "text").foreground == .indexed(2))
            #expect(try catalog.load("light").style(for: "text").foreground == .indexed(4))
        }
    }

    @Test func loadingByNameFindsWhatTheListingFinds() throws {
        try ThemeFiles.withDirectory { root in
            let bundled = root.appendingPathComponent("bundled")
            let user = root.appendingPathComponent("user")
            try ThemeFiles.write("[scopes]\ntext = \"red\"\n", to: bundled, name: "dusk.toml")
            try ThemeFiles.write("[scopes]\ntext = \"blue\"\n", to: bundled, name: ".quiet.toml")
            try ThemeFiles.write("[scopes]\ntext = \"green\"\n", to: bundled, name: "deep.toml")
            try FileManager.default.createDirectory(at: user.appendingPathComponent("deep.toml"),
                                                    withIntermediateDirectories: true)
            let catalog = ThemeCatalog(bundledDirectory: bundled, userDirectory: user)
            #expect(try catalog.load("dusk").style(for: "text").foreground == .indexed(1))
            // A folder named like a theme is not one: the bundled file of that name is used.
            #expect(try catalog.load("deep").style(for: "text").foreground == .indexed(2))
            // Hidden files are not listed, so they are not themes by name either.
            #expect(throws: ThemeError(path: "", problem: "no theme named \".quiet\" (available: deep, dusk)")) {
                try catalog.load(".quiet")
            }
        }
    }

    @Test func missingDirectoriesListNothing() {
        let nowhere = URL(fileURLWithPath: "/nonexistent-byline-directory")
        #expect(ThemeCatalog(bundledDirectory: nil, userDirectory: nowhere).listings().isEmpty)
    }

    @Test func anUnknownNameListsWhatIsAvailable() throws {
        try ThemeFiles.withDirectory { root in
            try ThemeFiles.write("[scopes]\n", to: root, name: "plain.toml")
            let catalog = ThemeCatalog(bundledDirectory: root, userDirectory: nil)
            #expect(throws: ThemeError(path: "", problem: "no theme named \"dusk\" (available: plain)")) {
                try catalog.load("dusk")
            }
        }
    }

    @Test func pathsAreLoadedAsFiles() throws {
        try ThemeFiles.withDirectory { root in
            let path = try ThemeFiles.write("[scopes]\ntext = \"magenta\"\n", to: root, name: "mine.toml")
            let catalog = ThemeCatalog(bundledDirectory: nil, userDirectory: nil)
            #expect(try catalog.load(path).style(for: "text").foreground == .indexed(5))
            #expect(throws: ThemeError(path: "missing.toml", problem: "no such file")) {
                try catalog.load("missing.toml")
            }
        }
    }

    @Test func theUserDirectoryFollowsXDGThenHome() {
        #expect(ThemeCatalog.userDirectory(environment: ["XDG_CONFIG_HOME": "/cfg", "HOME": "/home/a"])?.path
            == "/cfg/byline/themes")
        #expect(ThemeCatalog.userDirectory(environment: ["HOME": "/home/a"])?.path == "/home/a/.config/byline/themes")
        #expect(ThemeCatalog.userDirectory(environment: ["XDG_CONFIG_HOME": "", "HOME": "/home/a"])?.path
            == "/home/a/.config/byline/themes")
        #expect(ThemeCatalog.userDirectory(environment: ["XDG_CONFIG_HOME": "relative", "HOME": "/h"])?.path
            == "/h/.config/byline/themes")
        #expect(ThemeCatalog.userDirectory(environment: [:]) == nil)
    }
}
