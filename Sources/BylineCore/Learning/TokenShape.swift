/// The surface facts about one token that features are built from, computed once per token.
///
/// The text is normalized first: curly quotes and apostrophes become ASCII, dashes become "-", and "…"
/// becomes "...", so that news typography matches the corpora's plain ASCII.
package struct TokenShape: Sendable {
    /// The normalized text.
    package let scalars: [Unicode.Scalar]
    /// The normalized text, lower-cased.
    package let lowered: [Unicode.Scalar]
    package let wordHash: UInt64
    package let lowerHash: UInt64
    /// The hash of the word shape: "Xxxx", "XX", "dddd", "X.X.", with runs of one class cut to four.
    package let shapeHash: UInt64
    /// Whether the first scalar is an upper-case letter.
    package let isCapitalized: Bool
    /// Whether the token has letters and none of them is lower-case.
    package let isUpperCase: Bool
    /// Whether the token has a letter.
    package let hasLetter: Bool

    package init(_ text: String) {
        var scalars: [Unicode.Scalar] = []
        scalars.reserveCapacity(text.unicodeScalars.count)
        for scalar in text.unicodeScalars {
            Self.appendNormalized(scalar, to: &scalars)
        }
        var lowered: [Unicode.Scalar] = []
        lowered.reserveCapacity(scalars.count)
        var word = StableHash.start
        var lower = StableHash.start
        var shape = StableHash.start
        var lastClass: Unicode.Scalar?
        var run = 0
        var hasLetter = false
        var hasLower = false
        for scalar in scalars {
            StableHash.feed(&word, scalar)
            let (low, cls) = Self.classify(scalar)
            if cls == "x" { hasLower = true }
            if cls == "x" || cls == "X" { hasLetter = true }
            lowered.append(low)
            StableHash.feed(&lower, low)
            run = cls == lastClass ? run + 1 : 1
            lastClass = cls
            if run <= 4 { StableHash.feed(&shape, cls) }
        }
        self.scalars = scalars
        self.lowered = lowered
        self.wordHash = StableHash.finish(word)
        self.lowerHash = StableHash.finish(lower)
        self.shapeHash = StableHash.finish(shape)
        self.hasLetter = hasLetter
        self.isUpperCase = hasLetter && !hasLower
        self.isCapitalized = scalars.first.map { Self.classify($0).shapeClass == "X" } ?? false
    }

    /// The hash of the first `length` lower-cased scalars.
    package func prefixHash(_ length: Int) -> UInt64 {
        StableHash.scalars(lowered.prefix(length))
    }

    /// The hash of the last `length` lower-cased scalars.
    package func suffixHash(_ length: Int) -> UInt64 {
        StableHash.scalars(lowered.suffix(length))
    }

    private static func appendNormalized(_ scalar: Unicode.Scalar, to scalars: inout [Unicode.Scalar]) {
        switch scalar.value {
        case 0x2018, 0x2019, 0x201a, 0x201b, 0x2032: scalars.append("'")
        case 0x201c, 0x201d, 0x201e, 0x201f, 0x2033, 0x00ab, 0x00bb: scalars.append("\"")
        case 0x2010, 0x2011, 0x2012, 0x2013, 0x2014, 0x2015, 0x2212: scalars.append("-")
        case 0x2026: scalars.append(contentsOf: ["." as Unicode.Scalar, ".", "."])
        default: scalars.append(scalar)
        }
    }

    /// The lower-case form of a scalar and its shape class: "X", "x", "d", or the scalar itself.
    /// A non-ASCII capital whose lower case is several scalars keeps only the first of them.
    @inline(__always)
    private static func classify(_ scalar: Unicode.Scalar) -> (lowered: Unicode.Scalar, shapeClass: Unicode.Scalar) {
        let value = scalar.value
        if value < 0x80 {
            switch value {
            case 0x41...0x5a: return (Unicode.Scalar(UInt8(value + 0x20)), "X")
            case 0x61...0x7a: return (scalar, "x")
            case 0x30...0x39: return (scalar, "d")
            default: return (scalar, scalar)
            }
        }
        let properties = scalar.properties
        if properties.isUppercase || properties.changesWhenLowercased {
            return (properties.lowercaseMapping.unicodeScalars.first ?? scalar, "X")
        }
        if properties.isAlphabetic { return (scalar, "x") }
        if properties.numericType != nil { return (scalar, "d") }
        return (scalar, scalar)
    }
}
