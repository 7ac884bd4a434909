/// Splits text into tokens: spans over the text's Unicode scalars, each with a `TokenKind`.
///
/// Whitespace separates tokens and is never inside one; everything else belongs to exactly one token, so
/// the tokens and the whitespace between them rebuild the text. Within a run of non-whitespace the rules
/// are, briefly:
/// - Words keep inner hyphens and apostrophes ("al-Sadr", "30-year-old", "O’Brien", "rock’n’roll") and
///   their combining marks; clitics split off with either apostrophe ("we" "’re", "Russia" "’s", "do" "n't").
///   A ’ or ' after a word ending in "s" is a plural possessive clitic ("Jones’") unless it closes an open
///   single quotation.
/// - Numbers keep inner , . : / and - between digits ("1,000.50", "54-21") and a trailing %; digits followed
///   by letters make a word ("1990s").
/// - Abbreviations keep their periods: known ones ("Mr.", "Gen.", "etc.") and dotted runs of one- or
///   two-letter parts ("U.S.", "e.g.", "Ph.D."); a capital with a period is an initial ("J.").
/// - URLs (http://, https://, ftp://, www.) run to the next space or quotation mark, less trailing
///   punctuation; e-mail addresses, @handles and #hashtags are one token each.
/// - Every quotation mark is a `.quote` token ("``" and "''" one each); – — ― and free-standing "-" or
///   "--" are dashes; "…" and "..." are ellipses; other punctuation and symbols are one scalar each, with
///   their combining marks, variation selectors and zero-width-joined emoji.
/// - No token ends inside a character (a grapheme cluster): a token runs on to the end of the character
///   it would have stopped in.
public enum Tokenizer {
    /// The tokens of `range` of `scalars`, in order. Offsets index `scalars`. A range reaching outside the
    /// text is clipped to it.
    public static func tokenize(_ scalars: [Unicode.Scalar], in range: TextRange) -> [Token] {
        var scanner = TokenScanner(scalars: scalars)
        scanner.scan(range)
        return scanner.tokens
    }

    /// The tokens of the whole of `scalars`.
    public static func tokenize(_ scalars: [Unicode.Scalar]) -> [Token] {
        tokenize(scalars, in: TextRange(start: 0, end: scalars.count))
    }
}
