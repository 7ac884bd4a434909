import Testing
@testable import BylineUI

@Suite struct ReaderConfigTests {
    @Test func readsEverySetting() {
        let (config, problems) = ReaderConfig.parse("""
            theme = "light"
            mouse = false
            wrap-width = 72

            [keys]
            "ctrl-j" = "line-down"
            "x" = "quit"
            "pgdn" = "next-article"
            """, path: "config.toml")
        #expect(problems.isEmpty)
        #expect(config.theme == "light")
        #expect(config.mouse == false)
        #expect(config.wrapWidth == 72)
        #expect(config.keys.map(\.action) == ["line-down", "next-article", "quit"])
    }

    @Test func problemsNameTheFileTheLineAndTheKey() {
        let (config, problems) = ReaderConfig.parse("""
            theme = "light"
            wrap-width = 5
            colour = true

            [keys]
            "ctrl-j" = "fly"
            "hyper-q" = "quit"
            """, path: "/home/u/.config/byline/config.toml")
        #expect(config.theme == "light", "the good settings still count")
        #expect(config.wrapWidth == nil)
        let described = problems.map(\.description)
        #expect(described.contains { $0.hasPrefix("/home/u/.config/byline/config.toml:2: wrap-width: expected a whole number") })
        #expect(described.contains { $0.hasPrefix("/home/u/.config/byline/config.toml:3: colour: unknown setting") })
        #expect(described.contains { $0.hasPrefix("/home/u/.config/byline/config.toml:6: keys.ctrl-j: unknown action") })
        #expect(described.contains { $0.hasPrefix("/home/u/.config/byline/config.toml:7: keys.hyper-q: unknown key name") })
        let (_, broken) = ReaderConfig.parse("theme = \n", path: "c.toml")
        #expect(broken.first?.description.hasPrefix("c.toml:1: invalid TOML") == true)
    }

    @Test func thePathFollowsXDG() {
        #expect(ReaderConfig.path(environment: ["XDG_CONFIG_HOME": "/x", "HOME": "/h"]) == "/x/byline/config.toml")
        #expect(ReaderConfig.path(environment: ["XDG_CONFIG_HOME": "relative", "HOME": "/h"]) == "/h/.config/byline/config.toml")
        #expect(ReaderConfig.path(environment: [:]) == nil)
    }

    @Test func configuredKeysWinAndShowInHelp() {
        let (config, _) = ReaderConfig.parse("[keys]\n\"x\" = \"quit\"\n\"j\" = \"page-down\"\n", path: "c.toml")
        let keymap = Keymap.reader(with: config)
        #expect(keymap.action(for: .character("x")) == .quit)
        #expect(keymap.action(for: .character("j")) == .move(.pageDown), "a configured key wins over the reader's")
        #expect(keymap.helpGroups.flatMap(\.rows).contains { $0.keys == "x" && $0.description.contains("Quit") })
        let state = AppState(analysis: TestArticles.numbered(60), width: 40, height: 12, keymap: keymap)
        #expect(update(state, .key(.character("x"))).1 == [.quit])
        #expect(update(state, .key(.character("j"))).0.top == state.pageHeight)
    }

    @Test func wrapWidthCapsTheArticle() {
        let wide = AppState(analyses: [TestArticles.numbered(20)], width: 200, height: 40, wrapLimit: 60)
        #expect(wide.layout.width == 60)
        #expect(wide.layout.lines.allSatisfy { $0.width <= 60 })
        let narrow = AppState(analyses: [TestArticles.numbered(20)], width: 40, height: 12, wrapLimit: 60)
        #expect(narrow.layout.width == 38, "a narrower pane still wins")
        #expect(update(wide, .resize(width: 300, height: 40)).0.layout.width == 60)
    }
}
