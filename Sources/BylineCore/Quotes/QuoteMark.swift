/// One quotation-mark token read for quoting: which family of marks it belongs to (a quotation closes
/// only with a mark of its own family, and a quotation inside another uses another family) and which way
/// it faces.
struct QuoteMark: Hashable {
    /// Marks that pair with one another.
    enum Family: Hashable {
        /// “ ” „ ‟ " and the typewriter `` ''.
        case double
        /// ‘ ’ ‚ ‛ '.
        case single
        /// « ».
        case guillemet
        /// ‹ ›.
        case singleGuillemet
    }

    /// Which way a mark faces.
    enum Direction: Hashable {
        case opening, closing
        /// A straight mark (" ') whose direction the text around it did not settle.
        case either
    }

    var family: Family
    var direction: Direction

    /// The mark a quote token is, reading straight marks from the scalars around it: a mark after a
    /// space (or an opening bracket or dash) and before a word opens; one after a word and before a space
    /// or punctuation closes.
    static func read(_ text: String, before: Unicode.Scalar?, after: Unicode.Scalar?) -> QuoteMark? {
        switch text {
        case "“", "„", "‟", "``": return QuoteMark(family: .double, direction: .opening)
        case "”", "''": return QuoteMark(family: .double, direction: .closing)
        case "‘", "‚", "‛", "`": return QuoteMark(family: .single, direction: .opening)
        case "’": return QuoteMark(family: .single, direction: .closing)
        case "«": return QuoteMark(family: .guillemet, direction: .opening)
        case "»": return QuoteMark(family: .guillemet, direction: .closing)
        case "‹": return QuoteMark(family: .singleGuillemet, direction: .opening)
        case "›": return QuoteMark(family: .singleGuillemet, direction: .closing)
        case "\"", "＂": return QuoteMark(family: .double, direction: straightDirection(before: before, after: after))
        case "'", "＇": return QuoteMark(family: .single, direction: straightDirection(before: before, after: after))
        default: return nil
        }
    }

    /// The direction of a straight mark from its neighbours.
    static func straightDirection(before: Unicode.Scalar?, after: Unicode.Scalar?) -> Direction {
        let opensLeft = before.map { isSpace($0) || $0.isOpeningPunctuation || $0.isDash || $0.isOpeningQuotationMark || $0 == "/" } ?? true
        let closesRight = after.map { isSpace($0) || $0.isPunctuation || $0.isDash } ?? true
        let wordLeft = before.map { !isSpace($0) && !$0.isOpeningPunctuation && !$0.isDash } ?? false
        let wordRight = after.map { !isSpace($0) && !($0.isPunctuation && !$0.isOpeningQuotationMark && !$0.isOpeningPunctuation) } ?? false
        if opensLeft && wordRight && !closesRight { return .opening }
        if wordLeft && closesRight && !opensLeft { return .closing }
        return .either
    }

    /// Whether a scalar is white space.
    static func isSpace(_ scalar: Unicode.Scalar) -> Bool {
        scalar.properties.isWhitespace
    }
}
