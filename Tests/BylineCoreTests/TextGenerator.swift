import BylineCore

/// Makes random and mutated texts for property tests: pieces from many scripts, quotation marks, dashes,
/// periods, line breaks, emoji and combining marks, and random scalars of any plane.
struct TextGenerator {
    var random: SplitMix64

    /// Pieces that exercise the tokenizer's and splitter's rules.
    private static let pieces: [String] = [
        "a", "Word", "news", "U.S.", "Mr.", "e.g.", "J.", "etc.", "Ph.D.", "No.", "i.e", "U.S", ".", "..", "...",
        "…", "!", "?", "?!", ",", ";", ":", "(", ")", "[", "]", "“", "”", "‘", "’", "\"", "'", "''", "``", "«", "»",
        "„", "‚", "‹", "›", "-", "--", "–", "—", "―", "‐", "’s", "'s", "n't", "n’t", "’re", "s’", "O’Brien",
        "rock’n’roll", "al-Assad", "30-year-old", "1,000.50", "54-21", "3.5", "3.5%", "$30", "2016", "’90s",
        "@handle", "#tag", "#1", "@", "#", "jane@example.com", "a@b", "x@y.z", "https://example.com/a_(b)?c=1",
        "http://", "www.", "www.x.org", "ftp://f", "Путин", "сказал", "東京", "。", "！", "？", "قال", "नमस्ते",
        "\u{301}", "\u{308}", "e\u{301}", "❤️", "👨‍👩‍👧", "🇺🇸", "🇺", "👍🏽", "\u{200D}", "\u{200B}", "\u{AD}",
        "\u{FE0F}", "\u{FEFF}", "\u{1}", "\u{7F}", "\u{FFFD}", "%", "&", "/", "\\", "_", "*", "+", "=", "<", ">",
        "|", "~", "^", "¿", "¡", "『", "』", "The", "He", "But", "the", "he",
    ]

    /// Separators, mostly spaces, with every kind of line break and Unicode space.
    private static let separators: [String] = [
        " ", " ", " ", " ", "", "", "\n", "\n\n", "\r\n", "\r\n\r\n", "\r", "\t", "\u{A0}", "\u{2028}", "\u{2029}",
        "\u{85}", "\u{0B}", "\u{0C}", "\u{3000}", "  ", " \n \n ",
    ]

    init(seed: UInt64) {
        random = SplitMix64(seed: seed)
    }

    /// A random text of up to `maxPieces` pieces.
    mutating func randomText(maxPieces: Int) -> String {
        var text = String.UnicodeScalarView()
        for _ in 0..<Int.random(in: 0...maxPieces, using: &random) {
            if Int.random(in: 0..<8, using: &random) == 0 {
                text.append(randomScalar())
            } else {
                text.append(contentsOf: pick(Self.pieces).unicodeScalars)
            }
            text.append(contentsOf: pick(Self.separators).unicodeScalars)
        }
        return String(text)
    }

    /// A random window of `base` with a few random edits.
    mutating func mutated(_ base: [Unicode.Scalar], maxLength: Int) -> String {
        let length = Int.random(in: 0...min(maxLength, base.count), using: &random)
        let start = Int.random(in: 0...(base.count - length), using: &random)
        var scalars = Array(base[start..<(start + length)])
        for _ in 0..<Int.random(in: 0...6, using: &random) {
            let at = Int.random(in: 0...scalars.count, using: &random)
            switch Int.random(in: 0..<5, using: &random) {
            case 0:
                let end = min(scalars.count, at + Int.random(in: 0...12, using: &random))
                scalars.removeSubrange(at..<end)
            case 1:
                scalars.insert(contentsOf: pick(Self.pieces).unicodeScalars, at: at)
            case 2:
                scalars.insert(contentsOf: pick(Self.separators).unicodeScalars, at: at)
            case 3:
                scalars.insert(randomScalar(), at: at)
            default:
                let end = min(scalars.count, at + Int.random(in: 0...20, using: &random))
                scalars.insert(contentsOf: scalars[at..<end], at: at)
            }
        }
        var view = String.UnicodeScalarView()
        view.append(contentsOf: scalars)
        return String(view)
    }

    /// A random element of a non-empty array.
    private mutating func pick<Element>(_ elements: [Element]) -> Element {
        elements[Int.random(in: 0..<elements.count, using: &random)]
    }

    /// A random scalar: mostly from the planes in use, sometimes from anywhere.
    private mutating func randomScalar() -> Unicode.Scalar {
        let ranges: [ClosedRange<UInt32>] = [
            0x00...0x7F, 0x80...0x2FF, 0x300...0x36F, 0x370...0x52F, 0x590...0x6FF, 0x900...0x97F,
            0x2000...0x206F, 0x2E00...0x2E7F, 0x3000...0x30FF, 0x4E00...0x9FFF, 0xFE00...0xFE6F,
            0xFF00...0xFFEF, 0x1F1E6...0x1F1FF, 0x1F300...0x1FAFF, 0xE0000...0xE01EF, 0x0...0x10FFFF,
        ]
        while true {
            let range = pick(ranges)
            if let scalar = Unicode.Scalar(UInt32.random(in: range, using: &random)) { return scalar }
        }
    }
}
