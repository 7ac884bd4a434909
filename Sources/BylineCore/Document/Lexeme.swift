/// What is true of a token's text wherever it stands, worked out once per distinct text of a document:
/// its lower-cased and normalized forms and its letter-case facts (spaCy's `Lexeme`).
struct Lexeme: Sendable {
    /// The text lower-cased.
    var lower: LexemeID
    /// The lower-cased text with typographic apostrophes made ASCII ("’s" → "'s"), for word lists.
    var norm: LexemeID
    var flags: LexemeFlags
}

/// Letter-case facts of a text: the one definition of "capitalized", "all caps" and the like.
struct LexemeFlags: OptionSet, Sendable {
    let rawValue: UInt8

    /// The first scalar is an upper-case letter ("Okafor", "UN", "É").
    static let capitalized = LexemeFlags(rawValue: 1 << 0)
    /// The first scalar is a lower-case letter.
    static let startsLowercase = LexemeFlags(rawValue: 1 << 1)
    /// Some scalar is a letter.
    static let hasLetter = LexemeFlags(rawValue: 1 << 2)
    /// Some scalar is a lower-case letter.
    static let hasLowercase = LexemeFlags(rawValue: 1 << 3)
    /// Some scalar is an upper-case letter ("al-Sadr", "eBay").
    static let hasUppercase = LexemeFlags(rawValue: 1 << 4)
    /// The first scalar is a decimal digit.
    static let startsWithDigit = LexemeFlags(rawValue: 1 << 5)

    /// The facts of a text's scalars.
    init(_ scalars: some Collection<Unicode.Scalar>) {
        var flags: LexemeFlags = []
        if let first = scalars.first {
            if first.properties.isUppercase { flags.insert(.capitalized) }
            if first.properties.isLowercase { flags.insert(.startsLowercase) }
            if ("0"..."9").contains(first) { flags.insert(.startsWithDigit) }
        }
        for scalar in scalars {
            if scalar.value < 0x80 {
                switch scalar.value {
                case 0x41...0x5a: flags.formUnion([.hasLetter, .hasUppercase])
                case 0x61...0x7a: flags.formUnion([.hasLetter, .hasLowercase])
                default: break
                }
                continue
            }
            let properties = scalar.properties
            if properties.isAlphabetic { flags.insert(.hasLetter) }
            if properties.isLowercase { flags.insert(.hasLowercase) }
            if properties.isUppercase { flags.insert(.hasUppercase) }
        }
        self = flags
    }

    init(rawValue: UInt8) {
        self.rawValue = rawValue
    }

    /// Letters and none of them lower case ("NATO", "U.S.").
    var isAllCaps: Bool { contains(.hasLetter) && !contains(.hasLowercase) }
}
