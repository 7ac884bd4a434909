import BylineUI
import Foundation
import Testing

@Suite struct ThemeLoaderTests {
    private func parse(_ text: String) throws(ThemeError) -> Theme {
        try ThemeLoader.parse(text, path: "t.toml", defaultName: "t")
    }

    /// The error parsing `text` gives; records an issue if there is none.
    private func failure(_ text: String, sourceLocation: SourceLocation = #_sourceLocation) -> ThemeError? {
        do {
            _ = try parse(text)
            Issue.record("expected a theme error", sourceLocation: sourceLocation)
            return nil
        } catch {
            return error
        }
    }

    @Test func everyColourFormParses() throws {
        let theme = try parse("""
            [palette]
            accent = "#61AFEF"
            grey = 244
            [scopes]
            a = "red"
            b = "bright-white"
            c = "Bright-Black"
            d = "default"
            e = 123
            f = "200"
            g = "#ff8000"
            h = "accent"
            i = "grey"
            """)
        #expect(theme.style(for: "a").foreground == .indexed(1))
        #expect(theme.style(for: "b").foreground == .indexed(15))
        #expect(theme.style(for: "c").foreground == .indexed(8))
        #expect(theme.style(for: "d").foreground == .default)
        #expect(theme.style(for: "e").foreground == .indexed(123))
        #expect(theme.style(for: "f").foreground == .indexed(200))
        #expect(theme.style(for: "g").foreground == .rgb(255, 128, 0))
        #expect(theme.style(for: "h").foreground == .rgb(0x61, 0xaf, 0xef))
        #expect(theme.style(for: "i").foreground == .indexed(244))
    }

    @Test func paletteNamesTakePrecedenceOverStandardNames() throws {
        let theme = try parse("""
            [palette]
            red = "#ff0000"
            [scopes]
            text = "red"
            """)
        #expect(theme.style(for: "text").foreground == .rgb(255, 0, 0))
    }

    @Test func tablesSetColoursAndAttributes() throws {
        let theme = try parse("""
            [scopes]
            text = {}
            "entity.person" = { fg = "yellow", bg = "#000000", bold = true, underline = true, italic = false }
            "ui.status" = { reverse = true, dim = true }
            """)
        #expect(theme.style(for: "text") == .plain)
        #expect(theme.style(for: "entity.person")
            == Style(foreground: .indexed(3), background: .rgb(0, 0, 0), attributes: [.bold, .underline]))
        #expect(theme.style(for: "ui.status") == Style(attributes: [.reverse, .dim]))
    }

    @Test func dottedKeysAndNestedTablesNameScopes() throws {
        let theme = try parse("""
            [scopes]
            quote.speaker = "cyan"
            [scopes.entity]
            bold = true
            person = { fg = "yellow" }
            place.fg = "green"
            """)
        #expect(theme.style(for: "quote.speaker").foreground == .indexed(6))
        #expect(theme.style(for: "quote") == .plain, "quote has only a child, no style of its own")
        #expect(theme.style(for: "entity") == Style(attributes: .bold))
        #expect(theme.style(for: "entity.person") == Style(foreground: .indexed(3)))
        #expect(theme.style(for: "entity.place") == Style(foreground: .indexed(2)))
        #expect(theme.style(for: "entity.date") == Style(attributes: .bold))
    }

    @Test func nameAndDescriptionAreReadOrDefaulted() throws {
        let named = try parse("name = \"dusk\"\ndescription = \"For evenings\"\n")
        #expect(named.name == "dusk")
        #expect(named.summary == "For evenings")
        let unnamed = try parse("[scopes]\ntext = \"red\"\n")
        #expect(unnamed.name == "t")
        #expect(unnamed.summary == nil)
    }

    @Test func anUnknownColourNamesFileLineAndKey() {
        let error = failure("""
            name = "bad"

            [scopes]
            text = "default"
            entity = "blue"
            "entity.place" = "green"
            "entity.person" = { fg = "purplish", bold = true }
            """)
        #expect(error == ThemeError(path: "t.toml", line: 7, key: "scopes.entity.person.fg",
                                    problem: "unknown colour \"purplish\""))
        #expect(error?.description == "t.toml:7: scopes.entity.person.fg: unknown colour \"purplish\"")
    }

    @Test func aBadTypeNamesFileLineAndKey() {
        let error = failure("""
            [scopes]
            text = "default"

            [scopes.entity]
            person = "yellow"
            place = true
            """)
        #expect(error?.path == "t.toml")
        #expect(error?.line == 6)
        #expect(error?.key == "scopes.entity.place")
        #expect(error?.problem == "expected a colour or a table, found a boolean")
    }

    @Test func aBadAttributeValueIsNamed() {
        let error = failure("[scopes]\ntext = \"red\"\nquote = { fg = \"green\", italic = \"yes\" }\n")
        #expect(error?.line == 3)
        #expect(error?.key == "scopes.quote.italic")
        #expect(error?.problem == "expected true or false, found a string")
    }

    @Test func aTOMLSyntaxErrorGivesItsLine() {
        let error = failure("[scopes]\ntext = \"red\"\nentity = \"blue\n")
        #expect(error?.path == "t.toml")
        #expect(error?.line == 3)
        #expect(error?.key == nil)
        #expect(error?.problem.hasPrefix("invalid TOML") == true)
    }

    @Test func linesAreCountedInFilesWithCRLFLineEnds() {
        let error = failure("[scopes]\r\ntext = \"red\"\r\n\r\n\"entity.date\" = \"mauve\"\r\n")
        #expect(error?.line == 4)
        #expect(error?.key == "scopes.entity.date")
    }

    @Test func keysInsideMultiLineStringsAreNotMistakenForKeys() {
        let error = failure("description = \"\"\"\nscopes.text = 1\n\"\"\"\n[scopes]\ntext = \"mauve\"\n")
        #expect(error?.line == 5)
        #expect(error?.key == "scopes.text")
    }

    @Test func aNULCharacterIsRejectedWithItsLine() {
        let error = failure("[scopes]\ntext = \"red\"\n\u{0}entity = \"blue\"\n")
        #expect(error?.line == 3)
        #expect(error?.problem == "contains a NUL character")
    }

    @Test func colourNumbersOutOfRangeAreRejected() {
        let error = failure("[scopes]\n\ntext = 256\n")
        #expect(error?.line == 3)
        #expect(error?.problem == "colour number 256 is out of range 0–255")
    }

    @Test func malformedHexAndPaletteReferencesAreUnknownColours() {
        #expect(failure("[scopes]\ntext = \"#12345\"\n")?.problem == "unknown colour \"#12345\"")
        #expect(failure("[scopes]\ntext = \"#12345g\"\n")?.problem == "unknown colour \"#12345g\"")
        let chained = failure("[palette]\na = \"red\"\nb = \"a\"\n")
        #expect(chained?.key == "palette.b")
        #expect(chained?.line == 3)
    }

    @Test func aMisspeltTopLevelKeyIsAnError() {
        let error = failure("name = \"x\"\n[scope]\ntext = \"red\"\n")
        #expect(error?.key == "scope")
        #expect(error?.line == 2)
    }

    @Test func aScopeDefinedTwiceIsAnError() {
        let error = failure("[scopes]\n\"entity.person\" = \"red\"\n[scopes.entity]\nperson = \"blue\"\n")
        #expect(error?.problem == "scope \"entity.person\" is defined twice")
    }

    @Test func loadingAFileUsesItsNameAndPath() throws {
        try ThemeFiles.withDirectory { directory in
            let path = try ThemeFiles.write("[scopes]\ntext = \"red\"\n", to: directory, name: "sunset.toml")
            let theme = try ThemeLoader.load(path: path)
            #expect(theme.name == "sunset")
            #expect(theme.style(for: "text").foreground == .indexed(1))

            let bad = try ThemeFiles.write("[scopes]\ntext = \"nocolour\"\n", to: directory, name: "bad.toml")
            #expect(throws: ThemeError(path: bad, line: 2, key: "scopes.text", problem: "unknown colour \"nocolour\"")) {
                try ThemeLoader.load(path: bad)
            }
        }
    }

    @Test func missingAndUnreadableFilesAreNamed() throws {
        try ThemeFiles.withDirectory { directory in
            let missing = directory.appendingPathComponent("none.toml").path
            #expect(throws: ThemeError(path: missing, problem: "no such file")) { try ThemeLoader.load(path: missing) }
            #expect(throws: ThemeError(path: directory.path, problem: "is a directory")) {
                try ThemeLoader.load(path: directory.path)
            }
            let latin1 = directory.appendingPathComponent("latin1.toml")
            try Data([0x6e, 0x61, 0x6d, 0x65, 0x3d, 0x22, 0xe9, 0x22]).write(to: latin1)
            #expect(throws: ThemeError(path: latin1.path, problem: "not UTF-8 text")) {
                try ThemeLoader.load(path: latin1.path)
            }
        }
    }

    @Test func errorDescriptionsLeaveOutWhatIsUnknown() {
        #expect(ThemeError(path: "a.toml", problem: "no such file").description == "a.toml: no such file")
        #expect(ThemeError(path: "a.toml", line: 3, problem: "invalid TOML").description == "a.toml:3: invalid TOML")
        #expect(ThemeError(path: "", problem: "no theme named \"x\"").description == "no theme named \"x\"")
    }
}

/// Theme files written to a temporary directory for a test.
enum ThemeFiles {
    /// Runs `body` with a new empty directory, removed afterwards.
    static func withDirectory(_ body: (URL) throws -> Void) throws {
        let directory = FileManager.default.temporaryDirectory
            .appendingPathComponent("byline-theme-tests-\(UUID().uuidString)", isDirectory: true)
        try FileManager.default.createDirectory(at: directory, withIntermediateDirectories: true)
        defer { try? FileManager.default.removeItem(at: directory) }
        try body(directory)
    }

    /// Writes `text` to `name` in `directory` (created if needed); returns the file's path.
    @discardableResult
    static func write(_ text: String, to directory: URL, name: String) throws -> String {
        try FileManager.default.createDirectory(at: directory, withIntermediateDirectories: true)
        let url = directory.appendingPathComponent(name)
        try Data(text.utf8).write(to: url)
        return url.path
    }
}
