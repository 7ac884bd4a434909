/// The coarse class of one Unicode scalar that the tokenizer, sentence splitter and paragraph splitter
/// work with.
///
/// ASCII and the General Punctuation block are decided by value; everything else falls back to the
/// scalar's Unicode properties. `whitespace` is exactly Unicode's White_Space property.
enum ScalarClass: UInt8 {
    /// White_Space: spaces, tabs, line and paragraph separators, NBSP.
    case whitespace
    /// Letters of any script, and letter-like numbers ("Ⅻ", "½", "²").
    case letter
    /// Decimal digits of any script.
    case digit
    /// Scalars that never start a grapheme of their own: combining marks, format characters (ZWJ, soft
    /// hyphen, bidi marks), variation selectors, emoji modifiers and tags. They stay with what precedes them.
    case extender
    /// Punctuation, symbols, controls and anything else.
    case other

    /// Classifies a scalar.
    @inline(__always)
    init(_ scalar: Unicode.Scalar) {
        let value = scalar.value
        guard value >= 0x80 else {
            switch value {
            case 0x41...0x5A, 0x61...0x7A: self = .letter
            case 0x30...0x39: self = .digit
            case 0x09...0x0D, 0x20: self = .whitespace
            default: self = .other
            }
            return
        }
        self = ScalarClass.classifyNonASCII(scalar)
    }

    private static func classifyNonASCII(_ scalar: Unicode.Scalar) -> ScalarClass {
        switch scalar.value {
        case 0x85, 0xA0, 0x1680, 0x2000...0x200A, 0x2028, 0x2029, 0x202F, 0x205F, 0x3000:
            return .whitespace
        case 0xAD, 0x200B...0x200F, 0x202A...0x202E, 0x2060...0x206F, 0xFE00...0xFE0F,
             0x1F3FB...0x1F3FF, 0xE0001, 0xE0020...0xE007F, 0xE0100...0xE01EF:
            return .extender
        case 0x2010...0x2027, 0x2030...0x205E:
            return .other
        default:
            break
        }
        let properties = scalar.properties
        if properties.isWhitespace { return .whitespace }
        switch properties.generalCategory {
        case .uppercaseLetter, .lowercaseLetter, .titlecaseLetter, .modifierLetter, .otherLetter,
             .letterNumber, .otherNumber:
            return .letter
        case .decimalNumber:
            return .digit
        case .nonspacingMark, .spacingMark, .enclosingMark, .format:
            return .extender
        default:
            return .other
        }
    }

    /// Whether scalars of this class make up words: letters, digits and extenders.
    var isWordPart: Bool { self == .letter || self == .digit || self == .extender }
}
