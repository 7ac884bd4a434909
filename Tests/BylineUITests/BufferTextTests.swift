import Testing
@testable import BylineUI

@Suite struct BufferTextTests {
    /// The graphemes of row `y`, continuation cells left out.
    private func row(_ buffer: Buffer, _ y: Int) -> String {
        (0..<buffer.width).map { buffer[$0, y] }.filter { !$0.isContinuation }.map(\.grapheme).joined()
    }

    @Test func writesGraphemesAndReturnsColumnsUsed() {
        var buffer = Buffer(width: 10, height: 1)
        let used = buffer.write("ab漢", x: 1, y: 0, style: .plain)
        #expect(used == 4)
        #expect(row(buffer, 0) == " ab漢     ")
        #expect(buffer[4, 0].isContinuation)
    }

    @Test func wideGraphemeAtTheRightEdgeIsNotSplit() {
        var buffer = Buffer(width: 4, height: 1)
        let used = buffer.write("abc漢", x: 0, y: 0, style: Style(attributes: .bold))
        #expect(used == 4)
        #expect(row(buffer, 0) == "abc ")
        #expect(!buffer[3, 0].isContinuation)
        #expect(buffer[3, 0].style == Style(attributes: .bold))
    }

    @Test func clipsToTheRect() {
        var buffer = Buffer(width: 10, height: 2)
        let clip = Rect(x: 2, y: 0, width: 3, height: 1)
        let used = buffer.write("abcdef", x: 2, y: 0, style: .plain, clip: clip)
        #expect(used == 3)
        #expect(row(buffer, 0) == "  abc     ")
        #expect(buffer.write("zzz", x: 2, y: 1, style: .plain, clip: clip) == 0)
        #expect(row(buffer, 1) == String(repeating: " ", count: 10))
    }

    @Test func outOfBoundsWritesAreHarmless() {
        var buffer = Buffer(width: 3, height: 1)
        #expect(buffer.write("abc", x: 5, y: 0, style: .plain) == 0)
        #expect(buffer.write("abc", x: 0, y: 3, style: .plain) == 0)
        #expect(buffer.write("abcd", x: -2, y: 0, style: .plain) == 4)
        #expect(row(buffer, 0) == "cd ")
    }

    @Test func controlCharactersAreDrawnAsPlaceholdersInTheirStyle() {
        var buffer = Buffer(width: 6, height: 1)
        let marked = Style(attributes: .reverse)
        buffer.write("a\u{1B}b\u{7}", x: 0, y: 0, style: .plain, placeholderStyle: marked)
        #expect(row(buffer, 0) == "a␛b␇  ")
        #expect(buffer[1, 0].style == marked)
        #expect(buffer[2, 0].style == .plain)
    }

    @Test func overwritingHalfAWideGraphemeBlanksTheOtherHalf() {
        var buffer = Buffer(width: 4, height: 1)
        buffer.write("漢字", x: 0, y: 0, style: .plain)
        buffer.write("x", x: 1, y: 0, style: .plain)
        #expect(row(buffer, 0) == " x字")
        #expect(!buffer.cells.contains { $0.isContinuation && $0 == buffer[1, 0] })
        #expect(buffer[3, 0].isContinuation)
    }

    @Test func fillAndPatchStyle() {
        var buffer = Buffer(width: 4, height: 2)
        buffer.write("abcd", x: 0, y: 0, style: .plain)
        buffer.fill(Rect(x: 0, y: 1, width: 10, height: 5), style: Style(background: .indexed(4)))
        #expect(buffer[3, 1].style.background == .indexed(4))
        buffer.patchStyle(Rect(x: 1, y: 0, width: 2, height: 1), with: Style(attributes: .bold))
        #expect(buffer[0, 0].style == .plain)
        #expect(buffer[1, 0].style.attributes == .bold)
        #expect(buffer[1, 0].grapheme == "b")
        #expect(buffer[3, 0].style == .plain)
    }

    @Test func truncatesByWidthWithAnEllipsis() {
        #expect(Buffer.truncated("hello world", toWidth: 5) == "hell…")
        #expect(Buffer.truncated("hello", toWidth: 5) == "hello")
        #expect(Buffer.truncated("hello", toWidth: 1) == "…")
        #expect(Buffer.truncated("hello", toWidth: 0) == "")
        #expect(Buffer.truncated("漢字漢字", toWidth: 6) == "漢字…")
        #expect(Buffer.truncated("漢字漢字", toWidth: 5) == "漢字…")
        #expect(DisplayWidth.of(Buffer.truncated("ab漢字", toWidth: 4)) <= 4)
    }

    @Test func aFlagTakesACellPerRegionalIndicator() {
        var buffer = Buffer(width: 6, height: 1)
        #expect(buffer.write("a🇺🇸b", x: 0, y: 0, style: .plain) == 4)
        #expect((0..<4).map { buffer[$0, 0].grapheme } == ["a", "\u{1F1FA}", "\u{1F1F8}", "b"])
        #expect(!(0..<6).contains { buffer[$0, 0].isContinuation })
        var narrow = Buffer(width: 2, height: 1)
        #expect(narrow.write("a🇺🇸", x: 0, y: 0, style: .plain) == 2, "a flag is not split at the edge")
        #expect(row(narrow, 0) == "a ")
    }

    /// Scalars a drawn cell never holds after its first: joiners, variation selectors, skin tones.
    private static let leftOut: Set<UInt32> = [0x200D, 0x200C, 0xFE0F, 0xFE0E, 0x1F3FB, 0x1F3FC, 0x1F3FD, 0x1F3FE, 0x1F3FF]

    /// Seeded random text of joiners, selectors, modifiers, tags, flags and marks: every cell drawn is a
    /// spacing scalar with zero-width marks at most, and the columns written are the display width.
    @Test func everyCellIsOneCharacterAndTheColumnsAddUp() {
        let pieces: [String] = ["a", " ", "\u{200D}", "\u{FE0F}", "\u{FE0E}", "\u{1F3FD}", "👍", "👨", "👩", "🇺", "🇸",
                                "\u{E0067}", "\u{E007F}", "🏴", "e", "\u{301}", "\u{20E3}", "#", "漢", "\u{2764}",
                                "\u{200C}", "\u{1100}", "\u{1161}", "\u{11A8}"]
        var seed: UInt64 = 0x5EED
        for _ in 0..<300 {
            var text = ""
            for _ in 0..<12 {
                seed = seed &* 6_364_136_223_846_793_005 &+ 1_442_695_040_888_963_407
                text += pieces[Int(seed >> 33) % pieces.count]
            }
            var buffer = Buffer(width: 60, height: 1)
            let used = buffer.write(text, x: 0, y: 0, style: .plain)
            #expect(used == DisplayWidth.of(text), "columns of \(text.unicodeScalars.map { String($0.value, radix: 16) })")
            for x in 0..<buffer.width where !buffer[x, 0].isContinuation {
                let scalars = Array(buffer[x, 0].grapheme.unicodeScalars)
                let described = scalars.map { String($0.value, radix: 16) }
                #expect(scalars.dropFirst().allSatisfy { DisplayWidth.of($0) == 0 }, "\(described)")
                #expect(!scalars.dropFirst().contains { Self.leftOut.contains($0.value) }, "\(described)")
                let wide = x + 1 < buffer.width && buffer[x + 1, 0].isContinuation
                #expect(DisplayWidth.of(Character(buffer[x, 0].grapheme)) == (wide ? 2 : 1), "\(described)")
            }
        }
    }
}
