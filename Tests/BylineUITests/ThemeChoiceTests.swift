import BylineUI
import Testing

@Suite struct ThemeChoiceTests {
    @Test func withNothingAskedTheDefaultIsUsed() {
        #expect(ThemeChoice.resolve(requested: nil, noColorFlag: false, environment: [:]) == "default")
        #expect(ThemeChoice.resolve(requested: "", noColorFlag: false, environment: ["TERM": "xterm"]) == "default")
    }

    @Test func theRequestedThemeIsUsed() {
        #expect(ThemeChoice.resolve(requested: "light", noColorFlag: false, environment: ["TERM": "xterm"]) == "light")
        #expect(ThemeChoice.resolve(requested: "~/t.toml", noColorFlag: false, environment: [:]) == "~/t.toml")
    }

    @Test func noColorSetAndNonEmptyGivesMonochromeOverTheRequest() {
        #expect(ThemeChoice.resolve(requested: "light", noColorFlag: false, environment: ["NO_COLOR": "1"]) == "monochrome")
        #expect(ThemeChoice.resolve(requested: nil, noColorFlag: false, environment: ["NO_COLOR": "yes"]) == "monochrome")
    }

    @Test func anEmptyNoColorIsIgnored() {
        #expect(ThemeChoice.resolve(requested: "light", noColorFlag: false, environment: ["NO_COLOR": ""]) == "light")
    }

    @Test func theFlagGivesMonochrome() {
        #expect(ThemeChoice.resolve(requested: "light", noColorFlag: true, environment: [:]) == "monochrome")
    }

    @Test func aDumbTerminalGivesMonochrome() {
        #expect(ThemeChoice.resolve(requested: "high-contrast", noColorFlag: false, environment: ["TERM": "dumb"]) == "monochrome")
        #expect(ThemeChoice.resolve(requested: nil, noColorFlag: false, environment: ["TERM": "dumb-ish"]) == "default")
    }
}
