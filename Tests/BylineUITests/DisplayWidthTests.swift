import Testing
@testable import BylineUI

@Suite struct DisplayWidthTests {
    @Test func asciiIsOneColumn() {
        #expect(DisplayWidth.of(Character("a")) == 1)
        #expect(DisplayWidth.of(Character(" ")) == 1)
        #expect(DisplayWidth.of("Hello, world") == 12)
    }

    @Test func eastAsianWideIsTwoColumns() {
        #expect(DisplayWidth.of(Character("漢")) == 2)
        #expect(DisplayWidth.of(Character("한")) == 2)
        #expect(DisplayWidth.of(Character("ア")) == 2)
        #expect(DisplayWidth.of(Character("Ａ")) == 2)
        #expect(DisplayWidth.of("日本語") == 6)
    }

    @Test func combiningMarksAddNothing() {
        let decomposed = Character("e\u{301}")
        #expect(decomposed.unicodeScalars.count == 2)
        #expect(DisplayWidth.of(decomposed) == 1)
        #expect(DisplayWidth.of("cafe\u{301}") == 4)
    }

    @Test func emojiAreTwoColumns() {
        #expect(DisplayWidth.of(Character("😀")) == 2)
        #expect(DisplayWidth.of(Character("👍🏽")) == 2)
    }

    @Test func zwjFamilyIsOneWideCluster() {
        let family = "👨\u{200D}👩\u{200D}👧"
        #expect(family.count == 1)
        #expect(DisplayWidth.of(family) == 2)
    }

    @Test func flagsAreTwoColumnsAndALoneRegionalIndicatorOne() {
        let flag = "🇺🇸"
        #expect(flag.count == 1)
        #expect(DisplayWidth.of(flag) == 2)
        #expect(DisplayWidth.of("🇺🇸🇫🇷") == 4)
        #expect(DisplayWidth.of(Character("\u{1F1FA}")) == 1)
        #expect(DisplayWidth.of("\u{1F1FA}x") == 2)
    }

    @Test func variationSelectorsAreNotDrawnSoTheBaseDecides() {
        #expect(DisplayWidth.of(Character("\u{2764}")) == 1)
        #expect(DisplayWidth.of(Character("\u{2764}\u{FE0F}")) == 1)
        #expect(DisplayWidth.of(Character("\u{2764}\u{FE0E}")) == 1)
        #expect(DisplayWidth.of(Character("#\u{FE0F}\u{20E3}")) == 1)
        #expect(DisplayWidth.of(Character("\u{231A}\u{FE0E}")) == 2)
    }

    @Test func joinersAndWhatTheyJoinAddNothing() {
        #expect(DisplayWidth.of("x\u{200D}y") == 2)
        #expect(DisplayWidth.of(" \u{200D}") == 1)
        #expect(DisplayWidth.of("x\u{200D}👨") == 3)
        #expect(DisplayWidth.of("👨\u{200D}x") == 3)
        #expect(DisplayWidth.of("🏴\u{E0067}\u{E0062}\u{E0065}\u{E006E}\u{E0067}\u{E007F}") == 2)
        #expect(DisplayWidth.of(Character("🏽")) == 2, "a skin tone alone is an emoji of its own")
    }

    @Test func aSpacingMarkTakesAColumnOfItsOwnAsTheCLibraryCountsIt() {
        #expect(DisplayWidth.of(Character("\u{915}\u{93F}")) == 2)
        #expect(DisplayWidth.of(Character("\u{915}\u{94D}")) == 1)
    }

    @Test func zeroWidthCharactersAddNothing() {
        #expect(DisplayWidth.of(Unicode.Scalar(0x200D)!) == 0)
        #expect(DisplayWidth.of(Unicode.Scalar(0x200B)!) == 0)
        #expect(DisplayWidth.of(Unicode.Scalar(0xFE0F)!) == 0)
        #expect(DisplayWidth.of(Unicode.Scalar(0x0301)!) == 0)
        #expect(DisplayWidth.of("a\u{200B}b") == 2)
    }
}
