/// The punctuation the tokenizer and the sentence splitter tell apart, by scalar value.
extension Unicode.Scalar {
    /// A quotation mark: “ ” ‘ ’ ‛ ‟ „ ‚ " ' ` « » ‹ › and the full-width " and '.
    var isQuotationMark: Bool {
        switch value {
        case 0x22, 0x27, 0x60, 0xAB, 0xBB, 0x2018...0x201F, 0x2039, 0x203A, 0xFF02, 0xFF07: true
        default: false
        }
    }

    /// A mark that opens a quotation in every convention that uses it: “ ‘ „ ‚ «.
    var isOpeningQuotationMark: Bool {
        switch value {
        case 0x201C, 0x2018, 0x201E, 0x201A, 0xAB: true
        default: false
        }
    }

    /// An apostrophe as it appears inside words and clitics: ' or ’.
    var isApostrophe: Bool { value == 0x27 || value == 0x2019 }

    /// A dash that is never a hyphen: ‒ – — ― ⸺ ⸻ and the small and vertical forms.
    var isDash: Bool {
        switch value {
        case 0x2012...0x2015, 0x2E3A, 0x2E3B, 0xFE31, 0xFE32, 0xFE58: true
        default: false
        }
    }

    /// A hyphen that can join the parts of a word: - ‐ ‑.
    var isWordHyphen: Bool { value == 0x2D || value == 0x2010 || value == 0x2011 }

    /// Punctuation that can end a sentence: . ! ? and their relatives in other scripts.
    var isSentenceTerminal: Bool {
        switch value {
        case 0x21, 0x2E, 0x3F, 0x37E, 0x61F, 0x6D4, 0x964, 0x965, 0x203C, 0x2047...0x2049,
             0x3002, 0xFF01, 0xFF0E, 0xFF1F, 0xFF61:
            true
        default:
            false
        }
    }

    /// A sentence end of scripts written without spaces (。！？), which ends a sentence with no space after it.
    var isUnspacedSentenceTerminal: Bool {
        switch value {
        case 0x3002, 0xFF01, 0xFF1F, 0xFF61: true
        default: false
        }
    }

    /// An opening bracket, or an inverted ¿ ¡ that opens a Spanish sentence.
    var isOpeningPunctuation: Bool {
        switch value {
        case 0x28, 0x5B, 0x7B, 0xA1, 0xBF: return true
        case 0x00...0x7F: return false
        default: return properties.generalCategory == .openPunctuation
        }
    }

    /// A closing bracket.
    var isClosingPunctuation: Bool {
        switch value {
        case 0x29, 0x5D, 0x7D: return true
        case 0x00...0x7F: return false
        default: return properties.generalCategory == .closePunctuation
        }
    }

    /// Whether the scalar is punctuation (rather than a symbol) by its general category.
    var isPunctuation: Bool {
        switch properties.generalCategory {
        case .connectorPunctuation, .dashPunctuation, .openPunctuation, .closePunctuation,
             .initialPunctuation, .finalPunctuation, .otherPunctuation:
            true
        default:
            false
        }
    }

    /// A regional indicator letter; two of them make a flag.
    var isRegionalIndicator: Bool { (0x1F1E6...0x1F1FF).contains(value) }

    /// The scalar's value with ASCII capitals folded to lower case.
    var asciiLowercased: UInt32 { (0x41...0x5A).contains(value) ? value | 0x20 : value }

    /// Whether the scalar is a lower-case letter.
    var isLowercaseLetter: Bool {
        if value < 0x80 { return (0x61...0x7A).contains(value) }
        return properties.isLowercase
    }

    /// Whether the scalar is an upper- or title-case letter.
    var isUppercaseLetter: Bool {
        if value < 0x80 { return (0x41...0x5A).contains(value) }
        return properties.isUppercase || properties.generalCategory == .titlecaseLetter
    }
}
