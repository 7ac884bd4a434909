/// The xterm 256-colour palette's RGB values, and nearest-colour search in it.
///
/// Indices 0–15 use xterm's default values for the 16 standard colours; 16–231 are the 6×6×6 cube
/// and 232–255 the ramp of 24 greys.
enum XtermPalette {
    /// A colour as three 0–255 channels.
    struct RGB: Hashable {
        var red: Int
        var green: Int
        var blue: Int

        /// The squared Euclidean distance between two colours.
        func distance(to other: RGB) -> Int {
            let dr = red - other.red, dg = green - other.green, db = blue - other.blue
            return dr * dr + dg * dg + db * db
        }

        /// Whether the three channels are equal.
        var isGrey: Bool { red == green && green == blue }
    }

    private static let standard: [RGB] = [
        RGB(red: 0, green: 0, blue: 0), RGB(red: 205, green: 0, blue: 0),
        RGB(red: 0, green: 205, blue: 0), RGB(red: 205, green: 205, blue: 0),
        RGB(red: 0, green: 0, blue: 238), RGB(red: 205, green: 0, blue: 205),
        RGB(red: 0, green: 205, blue: 205), RGB(red: 229, green: 229, blue: 229),
        RGB(red: 127, green: 127, blue: 127), RGB(red: 255, green: 0, blue: 0),
        RGB(red: 0, green: 255, blue: 0), RGB(red: 255, green: 255, blue: 0),
        RGB(red: 92, green: 92, blue: 255), RGB(red: 255, green: 0, blue: 255),
        RGB(red: 0, green: 255, blue: 255), RGB(red: 255, green: 255, blue: 255),
    ]

    /// The channel values of the colour cube's six steps.
    private static let cubeLevels = [0, 95, 135, 175, 215, 255]

    /// The RGB value of palette entry `index`.
    static func rgb(_ index: UInt8) -> RGB {
        let i = Int(index)
        switch i {
        case 0..<16:
            return standard[i]
        case 16..<232:
            let n = i - 16
            return RGB(red: cubeLevels[n / 36], green: cubeLevels[(n / 6) % 6], blue: cubeLevels[n % 6])
        default:
            let grey = 8 + 10 * (i - 232)
            return RGB(red: grey, green: grey, blue: grey)
        }
    }

    /// The entry of 16–255 nearest to `color`: the nearest cube colour or the nearest grey, whichever
    /// is closer (the cube on a tie). The 16 standard colours are left out because terminals
    /// redefine them.
    static func nearestExtended(to color: RGB) -> UInt8 {
        let r = nearestCubeStep(color.red), g = nearestCubeStep(color.green), b = nearestCubeStep(color.blue)
        let cube = UInt8(16 + 36 * r + 6 * g + b)
        let average = (color.red + color.green + color.blue) / 3
        let greyStep = min(max((average - 8 + 5) / 10, 0), 23)
        let grey = UInt8(232 + greyStep)
        return rgb(grey).distance(to: color) < rgb(cube).distance(to: color) ? grey : cube
    }

    /// The entry among the first `count` (16 or 8) nearest to `color`.
    ///
    /// A grey only goes to black, white or one of their bright forms: by distance alone a mid grey
    /// would be closer to xterm's yellow than to its white.
    static func nearestStandard(to color: RGB, among count: Int) -> UInt8 {
        let candidates = standard.prefix(count).enumerated().filter { !color.isGrey || $0.element.isGrey }
        let best = candidates.min { $0.element.distance(to: color) < $1.element.distance(to: color) }
        return UInt8(best?.offset ?? 0)
    }

    private static func nearestCubeStep(_ value: Int) -> Int {
        cubeLevels.indices.min { abs(cubeLevels[$0] - value) < abs(cubeLevels[$1] - value) } ?? 0
    }
}
