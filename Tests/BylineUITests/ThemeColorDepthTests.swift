import BylineUI
import Testing

@Suite struct ThemeColorDepthTests {
    @Test func pureRedGoesToTheCubeIn256() {
        #expect(Color.rgb(255, 0, 0).fitted(to: .palette256) == .indexed(196))
    }

    @Test func cubeColoursMapExactly() {
        #expect(Color.rgb(0, 0, 0).fitted(to: .palette256) == .indexed(16))
        #expect(Color.rgb(255, 255, 255).fitted(to: .palette256) == .indexed(231))
        #expect(Color.rgb(95, 135, 175).fitted(to: .palette256) == .indexed(67), "16 + 36·1 + 6·2 + 3")
    }

    @Test func pureGreysGoToTheGreyRamp() {
        #expect(Color.rgb(128, 128, 128).fitted(to: .palette256) == .indexed(244))
        #expect(Color.rgb(68, 68, 68).fitted(to: .palette256) == .indexed(238))
        #expect(Color.rgb(0x12, 0x12, 0x12).fitted(to: .palette256) == .indexed(233))
        #expect(Color.rgb(0xee, 0xee, 0xee).fitted(to: .palette256) == .indexed(255))
    }

    @Test func greysPickWhicheverOfCubeAndRampIsCloser() {
        #expect(Color.rgb(130, 128, 126).fitted(to: .palette256) == .indexed(244))
        #expect(Color.rgb(135, 135, 140).fitted(to: .palette256) == .indexed(245))
        #expect(Color.rgb(135, 135, 135).fitted(to: .palette256) == .indexed(102), "the cube's own grey")
        #expect(Color.rgb(175, 175, 175).fitted(to: .palette256) == .indexed(145), "the cube's own grey")
    }

    @Test func indexedColoursDownsampleTo16And8() {
        #expect(Color.indexed(196).fitted(to: .palette16) == .indexed(9))
        #expect(Color.indexed(196).fitted(to: .palette8) == .indexed(1))
        #expect(Color.indexed(21).fitted(to: .palette16) == .indexed(4))
        #expect(Color.indexed(244).fitted(to: .palette16) == .indexed(8))
        #expect(Color.indexed(244).fitted(to: .palette8) == .indexed(7), "a grey stays grey, never yellow")
        #expect(Color.indexed(8).fitted(to: .palette8) == .indexed(7))
        #expect(Color.indexed(233).fitted(to: .palette16) == .indexed(0))
        #expect(Color.indexed(250).fitted(to: .palette16) == .indexed(7))
        #expect(Color.indexed(9).fitted(to: .palette8) == .indexed(1))
        #expect(Color.indexed(11).fitted(to: .palette8) == .indexed(3))
    }

    @Test func trueColourGoesThroughThePaletteTo16And8() {
        #expect(Color.rgb(255, 0, 0).fitted(to: .palette16) == .indexed(9))
        #expect(Color.rgb(255, 0, 0).fitted(to: .palette8) == .indexed(1))
        #expect(Color.rgb(0, 200, 0).fitted(to: .palette8) == .indexed(2))
    }

    @Test func coloursWithinTheDepthStayAsTheyAre() {
        #expect(Color.rgb(1, 2, 3).fitted(to: .trueColor) == .rgb(1, 2, 3))
        #expect(Color.indexed(100).fitted(to: .palette256) == .indexed(100))
        #expect(Color.indexed(13).fitted(to: .palette16) == .indexed(13))
        #expect(Color.indexed(4).fitted(to: .palette8) == .indexed(4))
    }

    @Test func theDefaultColourStaysDefaultAndNoDepthMeansNoColour() {
        for depth in [ColorDepth.trueColor, .palette256, .palette16, .palette8] {
            #expect(Color.default.fitted(to: depth) == .default)
        }
        #expect(Color.rgb(255, 0, 0).fitted(to: .none) == nil)
        #expect(Color.default.fitted(to: .none) == nil)
        #expect(Color.indexed(1).fitted(to: .none) == nil)
    }

    @Test func depthFollowsTheColourCount() {
        #expect(ColorDepth.detect(colors: 256, hasDirectColor: false, environment: [:]) == .palette256)
        #expect(ColorDepth.detect(colors: 88, hasDirectColor: false, environment: [:]) == .palette16)
        #expect(ColorDepth.detect(colors: 16, hasDirectColor: false, environment: [:]) == .palette16)
        #expect(ColorDepth.detect(colors: 8, hasDirectColor: false, environment: [:]) == .palette8)
        #expect(ColorDepth.detect(colors: 2, hasDirectColor: false, environment: [:]) == .none)
        #expect(ColorDepth.detect(colors: -1, hasDirectColor: false, environment: [:]) == .none)
    }

    @Test func colortermOrDirectColourGiveTrueColour() {
        #expect(ColorDepth.detect(colors: 256, hasDirectColor: false, environment: ["COLORTERM": "truecolor"]) == .trueColor)
        #expect(ColorDepth.detect(colors: 256, hasDirectColor: false, environment: ["COLORTERM": "24bit"]) == .trueColor)
        #expect(ColorDepth.detect(colors: 16_777_216, hasDirectColor: true, environment: [:]) == .trueColor)
    }

    @Test func colortermNeedsAtLeast256Colours() {
        #expect(ColorDepth.detect(colors: 8, hasDirectColor: false, environment: ["COLORTERM": "truecolor"]) == .palette8)
        #expect(ColorDepth.detect(colors: 256, hasDirectColor: false, environment: ["COLORTERM": "yes"]) == .palette256)
    }
}
