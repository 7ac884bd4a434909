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
}
