import Testing
@testable import BylineUI

@Suite struct TextSanitizerTests {
    @Test func escapeBecomesAVisibleSymbol() {
        #expect(TextSanitizer.glyph(for: "\u{1B}") == .placeholder("␛"))
        #expect(TextSanitizer.sanitized("a\u{1B}[31mb") == "a␛[31mb")
    }

    @Test func otherC0ControlsBecomeControlPictures() {
        #expect(TextSanitizer.glyph(for: "\u{07}") == .placeholder("␇"))
        #expect(TextSanitizer.glyph(for: "\u{00}") == .placeholder("␀"))
        #expect(TextSanitizer.glyph(for: "\u{0C}") == .placeholder("␌"))
    }

    @Test func deleteBecomesItsPicture() {
        #expect(TextSanitizer.glyph(for: "\u{7F}") == .placeholder("␡"))
    }

    @Test func c1ControlsBecomeReplacementCharacters() {
        #expect(TextSanitizer.glyph(for: "\u{9B}") == .placeholder("\u{FFFD}"))
        #expect(TextSanitizer.glyph(for: "\u{85}") == .placeholder("\u{FFFD}"))
        #expect(TextSanitizer.sanitized("x\u{9B}2Jy") == "x\u{FFFD}2Jy")
    }

    @Test func bidiControlsAreDropped() {
        #expect(TextSanitizer.glyph(for: "\u{202E}") == .dropped)
        #expect(TextSanitizer.glyph(for: "\u{2066}") == .dropped)
        #expect(TextSanitizer.glyph(for: "\u{200F}") == .dropped)
        #expect(TextSanitizer.sanitized("abc\u{202E}def\u{202C}") == "abcdef")
    }

    @Test func tabsExpandToTheNextStopOfFour() {
        #expect(TextSanitizer.glyph(for: "\t") == .tab)
        #expect(TextSanitizer.tabWidth(atColumn: 0) == 4)
        #expect(TextSanitizer.tabWidth(atColumn: 1) == 3)
        #expect(TextSanitizer.tabWidth(atColumn: 4) == 4)
        #expect(TextSanitizer.sanitized("a\tb") == "a   b")
        #expect(TextSanitizer.sanitized("abcd\te") == "abcd    e")
    }

    @Test func newlinesAreLeftToTheLayout() {
        #expect(TextSanitizer.glyph(for: "\n") == .newline)
        #expect(TextSanitizer.glyph(for: "\r\n") == .newline)
        #expect(TextSanitizer.sanitized("a\nb") == "a␤b")
    }

    @Test func ordinaryTextPassesWithItsWidth() {
        #expect(TextSanitizer.glyph(for: "a") == .text("a", width: 1))
        #expect(TextSanitizer.glyph(for: "漢") == .text("漢", width: 2))
        #expect(TextSanitizer.glyph(for: "e\u{301}") == .text("e\u{301}", width: 1))
        #expect(TextSanitizer.sanitized("“an all-time low.”") == "“an all-time low.”")
    }

    @Test func joinedSequencesAreDrawnAsWhatEveryTerminalDrawsAlike() {
        #expect(TextSanitizer.glyph(for: "👨\u{200D}👩\u{200D}👧") == .text("👨", width: 2))
        #expect(TextSanitizer.glyph(for: "x\u{200D}") == .text("x", width: 1))
        #expect(TextSanitizer.glyph(for: " \u{200D}") == .text(" ", width: 1))
        #expect(TextSanitizer.glyph(for: "👍🏽") == .text("👍", width: 2))
        #expect(TextSanitizer.glyph(for: "\u{2764}\u{FE0F}") == .text("\u{2764}", width: 1))
        #expect(TextSanitizer.glyph(for: "#\u{FE0F}\u{20E3}") == .text("#\u{20E3}", width: 1))
        #expect(TextSanitizer.glyph(for: "🏴\u{E0067}\u{E0062}\u{E0073}\u{E0063}\u{E0074}\u{E007F}") == .text("🏴", width: 2))
        #expect(TextSanitizer.glyph(for: "e\u{301}\u{200D}") == .text("e\u{301}", width: 1))
        #expect(TextSanitizer.sanitized("a\u{200D}b 👨\u{200D}👩\u{200D}👧!") == "ab 👨!")
    }

    @Test func clustersTheCLibraryCountsAsSeveralCellsAreDrawnAsThoseCells() {
        #expect(TextSanitizer.glyph(for: "🇺🇸") == .cells(["\u{1F1FA}", "\u{1F1F8}"]))
        #expect(TextSanitizer.glyph(for: "\u{1F1FA}") == .text("\u{1F1FA}", width: 1))
        #expect(TextSanitizer.glyph(for: "\u{915}\u{93F}") == .cells(["\u{915}", "\u{93F}"]), "a spacing vowel sign")
        #expect(TextSanitizer.glyph(for: "\u{915}\u{94D}") == .text("\u{915}\u{94D}", width: 1), "a virama stays on")
        #expect(TextSanitizer.sanitized("🇺🇸") == "🇺🇸")
    }
}
