/// Inputs whose analysis once cost more than linear time or memory, made at any size: `byline-bench scaling`
/// measures each at 1×, 2×, 4× and 8× a base size.
public enum ScalingShape: String, CaseIterable, Sendable {
    /// "They said it was fine." over and over in one paragraph.
    case pluralPronouns
    /// Thousands of people with one surname, each named in full once and then by the surname alone.
    case sharedSurname
    /// Abbreviations and honorifics one after another ("Mr. Dr. U.S. Gen. …").
    case abbreviationStorm
    /// One quotation full of pronouns and reporting verbs.
    case quotedPronounsAndCues
    /// Punctuation and nothing else, no spaces.
    case punctuationOnly
    /// The given article over and over, a paragraph a line.
    case articleRepeated
    /// The given article over and over, broken into lines of 60 columns.
    case hardWrapped
    /// The given article's words as one sentence without a full stop.
    case longSentence
    /// Thousands of two-sentence paragraphs.
    case shortParagraphs

    /// About `bytes` bytes of UTF-8 (whole units: never less than one) of the shape, made from `article` where
    /// the shape repeats an article.
    public func text(bytes: Int, article: String) -> String {
        var text = ""
        text.reserveCapacity(bytes + 256)
        var index = 0
        while text.utf8.count < bytes {
            text += unit(index, article: article)
            index += 1
        }
        return self == .quotedPronounsAndCues ? "“" + text + "”" : text
    }

    /// The shape's `index`th piece.
    private func unit(_ index: Int, article: String) -> String {
        switch self {
        case .pluralPronouns:
            "They said it was fine. "
        case .sharedSurname:
            "\(Self.givenName(index)) Marlowe said on Monday that Marlowe would stay. "
        case .abbreviationStorm:
            ["Mr. ", "Dr. ", "U.S. ", "Gen. ", "Sen. ", "e.g. ", "No. ", "St. ", "a.m. ", "Ph.D. ", "Inc. ", "Jr. "][index % 12]
        case .quotedPronounsAndCues:
            ["he said ", "they told her ", "she added ", "it was ", "we asked them ", "according to him ", "I warned "][index % 7]
        case .punctuationOnly:
            ".,;:!?-()[]'\"/&*"
        case .articleRepeated:
            article + "\n"
        case .hardWrapped:
            Self.wrapped(article, width: 60) + "\n\n"
        case .longSentence:
            String(String.UnicodeScalarView(article.unicodeScalars.map { Self.stops.contains($0) ? " " : $0 })) + " "
        case .shortParagraphs:
            "\(Self.givenName(index)) agreed. “No,” he said.\n\n"
        }
    }

    /// What ends a sentence or a paragraph, taken out of the long sentence.
    static let stops: Set<Unicode.Scalar> = ["\n", "\r", ".", "!", "?", "…", "\u{2029}"]

    /// A made-up given name for each index: two or three syllables, capitalized.
    static func givenName(_ index: Int) -> String {
        let syllables = ["ka", "lo", "mi", "ren", "sa", "to", "vel", "dri", "an", "be", "cor", "nu", "pe", "zi", "ul", "fa"]
        var name = syllables[index % 16] + syllables[index / 16 % 16]
        if index >= 256 { name += syllables[index / 256 % 16] }
        if index >= 4096 { name += syllables[index / 4096 % 16] }
        return name.prefix(1).uppercased() + name.dropFirst()
    }

    /// `text` with a line break at the first space past `width` columns and at every line break.
    static func wrapped(_ text: String, width: Int) -> String {
        var result = String.UnicodeScalarView()
        var column = 0
        for scalar in text.unicodeScalars {
            if scalar == "\n" || (scalar == " " && column >= width) {
                result.append("\n")
                column = 0
            } else {
                result.append(scalar)
                column += 1
            }
        }
        return String(result)
    }
}
