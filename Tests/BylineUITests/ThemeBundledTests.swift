import BylineUI
import Testing

@Suite struct ThemeBundledTests {
    static let bundledNames = ["default", "light", "high-contrast", "monochrome"]

    static let requiredScopes = [
        "text", "ui.status", "ui.status.key", "ui.pane.focused", "ui.pane.unfocused", "ui.pane.title",
        "ui.tabbar", "ui.tabbar.active", "ui.help", "ui.help.key", "ui.selection", "ui.gutter",
        "ui.placeholder", "ui.message.error", "ui.heading", "ui.byline", "entity", "entity.person", "entity.organization",
        "entity.place", "entity.group", "entity.date", "entity.event", "entity.work", "entity.product",
        "entity.selected", "quote", "quote.current", "quote.speaker", "relation", "relation.predicate",
        "relation.claim", "search.match", "search.current",
    ]

    private let catalog = ThemeCatalog.standard(environment: [:])

    @Test func allBundledThemesAreListed() {
        let listings = catalog.listings()
        #expect(listings.map(\.name) == Self.bundledNames.sorted())
        #expect(listings.allSatisfy { $0.origin == .bundled && $0.path.hasSuffix("/\($0.name).toml") })
    }

    @Test(arguments: bundledNames)
    func eachBundledThemeLoadsAndDefinesEveryScope(name: String) throws {
        let theme = try catalog.load(name)
        #expect(theme.name == name)
        #expect(theme.summary?.isEmpty == false)
        let missing = Self.requiredScopes.filter { theme.styles[$0] == nil }
        #expect(missing.isEmpty, "\(name) lacks \(missing)")
    }

    @Test(arguments: ["default", "light"])
    func darkAndLightThemesKeepTheTerminalBackgroundForText(name: String) throws {
        let theme = try catalog.load(name)
        #expect(theme.style(for: "text").background == .default)
        #expect(theme.style(for: "entity.person").background == nil)
    }

    @Test func monochromeUsesNoColour() throws {
        let theme = try catalog.load("monochrome")
        #expect(theme.styles.values.allSatisfy { $0.foreground == nil && $0.background == nil })
    }

    @Test func monochromeKeepsEntityKindsApartFromEachOtherAndFromText() throws {
        let theme = try catalog.load("monochrome")
        let kinds = ["person", "organization", "place", "group", "date", "event", "work", "product"]
        let styles = kinds.map { theme.style(for: "entity.\($0)") }
        #expect(Set(styles).count == kinds.count)
        #expect(!styles.contains(theme.style(for: "text")))
        #expect(!styles.contains(theme.style(for: "entity.selected")))
        #expect(theme.style(for: "search.match") != theme.style(for: "text"))
        #expect(theme.style(for: "ui.placeholder") != theme.style(for: "text"))
    }

    @Test(arguments: ["default", "light", "high-contrast"])
    func colourThemesKeepEntityKindsApart(name: String) throws {
        let theme = try catalog.load(name)
        let kinds = ["person", "organization", "place", "group", "date", "event", "work", "product"]
        let styles = kinds.map { theme.style(for: "entity.\($0)") }
        #expect(Set(styles).count == kinds.count)
        #expect(!styles.contains(theme.style(for: "text")))
    }
}
