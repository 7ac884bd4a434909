/// The kinds of input the fuzzer makes; case `n` of a run has shape `allCases[n % allCases.count]`.
public enum FuzzShape: String, CaseIterable, Sendable {
    /// Scalars from every plane: combining marks, ZWJ, bidi controls, C0 and C1 controls, emoji, tags,
    /// private use and unassigned code points, between words and spaces.
    case randomUnicode
    /// Real text with terminal escape sequences, controls, bidi overrides and joiners put between and inside words.
    case controlsInText
    /// A stretch of an article that ends at a token boundary (every boundary in turn: a text that ends right
    /// after "the", a cue or a title).
    case prefix
    /// A stretch of an article that starts at a token boundary (every boundary in turn).
    case suffix
    /// The start of one article joined to the end of another, both cut at token boundaries.
    case splice
    /// Quotation marks added, removed, swapped for other kinds or left unbalanced.
    case quotationMarks
    /// Text broken into lines of a fixed width, one paragraph a line or lines of a few words.
    case hardWrapped
    /// One sentence a line.
    case sentencePerLine
    /// All in capitals (or, sometimes, all in lower case).
    case allCaps
    /// Very long tokens put into the text: runs of one letter, hyphen chains, digits, dotted abbreviations, links.
    case longTokens
    /// Title words, cue words, articles and honorifics put at the start and the end of a text.
    case textEnds

    /// The shape of case `number`: the shapes in turn.
    public static func of(case number: Int) -> FuzzShape {
        allCases[number % allCases.count]
    }
}

/// One generated input: its case number, the shape it was made as and its text.
public struct FuzzCase: Sendable {
    public let number: Int
    public let shape: FuzzShape
    public let text: String
}
