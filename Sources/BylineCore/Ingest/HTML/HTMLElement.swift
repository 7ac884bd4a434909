/// One element of a parsed page, as extraction needs it: its tag, parent, the attributes that say what
/// it is, and the text inside it measured.
struct HTMLElement: Sendable {
    var tag: HTMLTag
    /// The index of the parent element in `HTMLPage.elements`, -1 for the root.
    var parent: Int
    /// The `class` and `id` attributes, lower-cased and joined by a space.
    var classAndID: String
    /// The attributes metadata and furniture detection read (`rel`, `name`, `property`, `content`,
    /// `href`, `itemprop`, `role`, `type`, `datetime`, `charset`), by lower-cased name.
    var attributes: [String: String]
    /// Whether the element is page furniture, hidden, or inside such an element: skipped by extraction.
    var isDropped: Bool
    /// Whether a block element is among its children.
    var hasBlockChild = false
    /// Scalars of text inside it, outside dropped elements.
    var textLength = 0
    /// Scalars of that text inside links.
    var linkLength = 0
    /// Commas in that text.
    var commas = 0
    /// Its opening and closing events in `HTMLPage.events`.
    var openEvent = 0
    var closeEvent = 0
    /// Where its text starts and ends in `HTMLPage.text`.
    var textStart = 0
    var textEnd = 0

    /// The share of its text inside links (0 for an element with no text).
    var linkDensity: Double {
        textLength == 0 ? 0 : Double(linkLength) / Double(textLength)
    }

    /// The words of `class` and `id`, split at spaces, hyphens and underscores.
    var classWords: [Substring] {
        classAndID.split { $0 == " " || $0 == "-" || $0 == "_" }
    }
}

/// What happens in a page, in document order: elements opening and closing, and text.
enum HTMLEvent: Sendable {
    case open(Int)
    case close(Int)
    /// A run of text: its bytes in `HTMLPage.text`, and the input bytes it was read from (approximately:
    /// character references count as what they decode to).
    case text(Range<Int>, source: Range<Int>)
}
