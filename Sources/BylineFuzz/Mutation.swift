import BylineCore

/// A text being made: scalars and the generator that decides the edits. Each edit keeps the text valid
/// Unicode; none promises anything else.
struct Mutation {
    private(set) var scalars: [Unicode.Scalar] = []
    private var random: SplitMix64

    init(seed: UInt64) {
        random = SplitMix64(seed: seed)
    }

    var string: String {
        var view = String.UnicodeScalarView()
        view.append(contentsOf: scalars)
        return String(view)
    }

    mutating func append(_ text: String) {
        scalars.append(contentsOf: text.unicodeScalars)
    }

    mutating func append(_ source: SourceText, _ range: Range<Int>) {
        scalars.append(contentsOf: source.scalars[range])
    }

    // MARK: Random Unicode

    /// Blocks random scalars are drawn from, the last being every code point.
    private static let blocks: [ClosedRange<UInt32>] = [
        0x20...0x7E, 0x20...0x7E, 0x00...0x1F, 0x7F...0x9F, 0xA0...0x24F, 0x300...0x36F, 0x1AB0...0x1AFF,
        0x20D0...0x20FF, 0x200B...0x200F, 0x2028...0x202E, 0x2060...0x206F, 0x2000...0x200A, 0x400...0x4FF,
        0x590...0x6FF, 0x900...0x97F, 0xE00...0xE7F, 0x1100...0x11FF, 0x2010...0x205E, 0x3000...0x303F,
        0x4E00...0x9FFF, 0xAC00...0xD7A3, 0xFDD0...0xFDEF, 0xFE00...0xFE0F, 0xFFF9...0xFFFF, 0xE000...0xF8FF,
        0x1F1E6...0x1F1FF, 0x1F300...0x1FAFF, 0x1F3FB...0x1F3FF, 0xE0000...0xE007F, 0xE0100...0xE01EF,
        0xF0000...0x10FFFF, 0x0...0x10FFFF,
    ]

    /// Sequences a terminal or a text layout treats specially.
    private static let sequences: [String] = [
        "\u{1B}[31m", "\u{1B}[2J", "\u{1B}[?1049h", "\u{1B}]0;title\u{07}", "\u{1B}]8;;http://x\u{1B}\\", "\u{1B}P1$r\u{1B}\\",
        "\u{9B}31m", "\u{1B}c", "\u{1B}(0", "\u{1B}", "\u{07}", "\u{08}", "\r", "\u{0B}", "\u{0C}", "\u{85}", "\u{0}",
        "\u{202E}", "\u{202D}", "\u{2067}", "\u{2069}", "\u{200F}", "\u{61C}", "\u{200D}", " \u{200D}", "a\u{200D}b",
        "👨‍👩‍👧", "🇺🇸", "🇺", "👍🏽", "❤️", "🏳️‍🌈", "e\u{301}\u{302}\u{303}", "\u{301}", "\u{FEFF}", "\u{AD}",
        "\u{2028}", "\u{2029}", "\u{3000}", "\u{FFFD}", "\u{E0041}",
    ]

    /// `count` pieces: random scalars, special sequences, words and separators.
    mutating func randomUnicode(count: Int, words: [String]) {
        for _ in 0..<count {
            switch random.below(6) {
            case 0: append(pick(Self.sequences))
            case 1: append(pick(words))
            case 2: append(pick([" ", " ", "\n", "\n\n", "\t", "\r\n"]))
            default: scalars.append(randomScalar())
            }
        }
    }

    /// Puts `count` control or escape sequences, bidi controls, joiners or combining marks at random places.
    mutating func insertControls(count: Int) {
        for _ in 0..<count {
            let piece = random.below(4) == 0 ? String(randomScalar()) : pick(Self.sequences)
            scalars.insert(contentsOf: piece.unicodeScalars, at: random.below(scalars.count + 1))
        }
    }

    private mutating func randomScalar() -> Unicode.Scalar {
        while true {
            let block = pick(Self.blocks)
            let value = block.lowerBound + UInt32(random.below(Int(block.upperBound - block.lowerBound) + 1))
            if let scalar = Unicode.Scalar(value) { return scalar }
        }
    }

    // MARK: Quotation marks

    private static let quotationMarks: [String] = [
        "“", "”", "\"", "'", "‘", "’", "«", "»", "„", "‚", "‹", "›", "「", "」", "``", "''", "‟", "＂", "“ ", " ”",
    ]

    /// `count` edits: a mark added at a word boundary, one removed, every mark of one kind removed, or one
    /// swapped for another kind.
    mutating func changeQuotationMarks(count: Int) {
        for _ in 0..<count {
            let marks = scalars.indices.filter { Self.isQuotationMark(scalars[$0]) }
            switch random.below(4) {
            case 0 where !marks.isEmpty:
                scalars.remove(at: pick(marks))
            case 1 where !marks.isEmpty:
                let kind = scalars[pick(marks)]
                scalars.removeAll { $0 == kind }
            case 2 where !marks.isEmpty:
                let at = pick(marks)
                scalars.replaceSubrange(at...at, with: pick(Self.quotationMarks).unicodeScalars)
            default:
                scalars.insert(contentsOf: pick(Self.quotationMarks).unicodeScalars, at: wordBoundary())
            }
        }
    }

    private static func isQuotationMark(_ scalar: Unicode.Scalar) -> Bool {
        scalar.properties.generalCategory == .initialPunctuation || scalar.properties.generalCategory == .finalPunctuation
            || scalar == "\"" || scalar == "'" || scalar == "„" || scalar == "‚" || scalar == "「" || scalar == "」"
    }

    /// A random place next to a space (or the text's ends), else anywhere.
    private mutating func wordBoundary() -> Int {
        let spaces = scalars.indices.filter { scalars[$0].properties.isWhitespace }
        guard !spaces.isEmpty, random.below(5) != 0 else { return random.below(scalars.count + 1) }
        return pick(spaces) + random.below(2)
    }

    // MARK: Layout and case

    /// Breaks lines at the first space past a random width; paragraph breaks become one line break, a blank
    /// line, or nothing but the wrapping.
    mutating func hardWrap() {
        let width = 4 + random.below(80)
        let lineBreak: [Unicode.Scalar] = random.below(4) == 0 ? ["\r", "\n"] : ["\n"]
        let paragraphBreak: [Unicode.Scalar] = [[], lineBreak, lineBreak + lineBreak][random.below(3)]
        var wrapped: [Unicode.Scalar] = []
        var column = 0
        for scalar in scalars {
            if scalar == "\n" || scalar == "\u{2029}" {
                wrapped += paragraphBreak.isEmpty ? lineBreak : paragraphBreak
                column = 0
            } else if scalar == " ", column >= width {
                wrapped += lineBreak
                column = 0
            } else {
                wrapped.append(scalar)
                column += 1
            }
        }
        scalars = wrapped
    }

    /// All capitals, or (one time in four) all lower case.
    mutating func changeCase() {
        let text = string
        scalars = Array((random.below(4) == 0 ? text.lowercased() : text.uppercased()).unicodeScalars)
    }

    // MARK: Long tokens

    /// Puts `count` long tokens (up to `limit` scalars) at word boundaries, sometimes glued to a word.
    mutating func insertLongTokens(count: Int, limit: Int) {
        for _ in 0..<count {
            let length = 1 + random.below(limit)
            let unit = pick(["a", "Z", "-", "a-", "9", "U.S.", ".", "—", "’", "e\u{301}", "'s", "x\u{200D}", "🇺🇸", "A."])
            var token = String(repeating: unit, count: max(1, length / unit.unicodeScalars.count))
            if random.below(6) == 0 { token = "https://example.com/" + token }
            let glued = random.below(3) == 0
            scalars.insert(contentsOf: (glued ? token : " " + token + " ").unicodeScalars, at: wordBoundary())
        }
    }

    // MARK: Title and cue words at the ends

    /// Ends (and, one time in three, starts) the text with a run of title words, cue words, articles,
    /// honorifics and quotation marks, then maybe a line break or a period.
    mutating func putWordsAtEnds(titles: [String], cues: [String]) {
        if random.below(3) == 0 { scalars.insert(contentsOf: (wordRun(titles: titles, cues: cues) + " ").unicodeScalars, at: 0) }
        let ending = wordRun(titles: titles, cues: cues) + pick(["", "", "\n", " ", ".", "\n\n", ",", "”"])
        append((scalars.isEmpty || random.below(4) == 0 ? "" : " ") + ending)
    }

    private mutating func wordRun(titles: [String], cues: [String]) -> String {
        (0..<(1 + random.below(4))).map { _ in
            switch random.below(8) {
            case 0, 1: cased(pick(titles))
            case 2, 3: cased(pick(cues))
            case 4: pick(["the", "a", "an", "The", "his", "their"])
            case 5: pick(["Mr.", "Dr.", "Sen.", "Gov.", "Mrs.", "Of", "of", "to", "with"])
            case 6: pick(["“", "”", "\"", "'", "—", ",", ":"])
            default: pick(["according to", "backs the", "met the", "told reporters", "in a statement"])
            }
        }.joined(separator: " ")
    }

    /// The word as listed, capitalized or in capitals.
    private mutating func cased(_ word: String) -> String {
        switch random.below(3) {
        case 0: word
        case 1: word.prefix(1).uppercased() + word.dropFirst()
        default: word.uppercased()
        }
    }

    private mutating func pick<Element>(_ elements: [Element]) -> Element {
        elements[random.below(elements.count)]
    }
}
