extension Color {
    /// This colour as the terminal can show it at `depth`; nil for `.none` (no colour at all).
    ///
    /// 24-bit colours go to the nearest of the xterm palette's 240 cube and grey entries, then, for
    /// fewer colours, to the nearest of the 16 standard ones, then of the 8 basic ones. Indexed colours
    /// above the depth's range go down the same way; `.default` stays the terminal's own colour.
    public func fitted(to depth: ColorDepth) -> Color? {
        switch depth {
        case .none:
            return nil
        case .trueColor:
            return self
        case .palette256:
            return paletteIndex.map(Color.indexed) ?? self
        case .palette16:
            return paletteIndex.map { .indexed(Self.standardIndex($0, among: 16)) } ?? self
        case .palette8:
            return paletteIndex.map { .indexed(Self.standardIndex(Self.standardIndex($0, among: 16), among: 8)) } ?? self
        }
    }

    /// The 256-palette index for this colour, or nil for `.default`.
    private var paletteIndex: UInt8? {
        switch self {
        case .default:
            return nil
        case .indexed(let index):
            return index
        case .rgb(let red, let green, let blue):
            return XtermPalette.nearestExtended(to: XtermPalette.RGB(red: Int(red), green: Int(green), blue: Int(blue)))
        }
    }

    private static func standardIndex(_ index: UInt8, among count: Int) -> UInt8 {
        Int(index) < count ? index : XtermPalette.nearestStandard(to: XtermPalette.rgb(index), among: count)
    }
}
