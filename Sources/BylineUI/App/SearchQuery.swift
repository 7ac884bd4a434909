import BylineCore
import Foundation

/// Text to look for, matched the way readers expect from less and browsers: ignoring accents, letter
/// widths and ligatures (`Francois` finds `François`, `fine` finds `ﬁne`), ignoring case unless the
/// pattern has a capital letter (less's `-i`, "smart case"), with every kind of whitespace, line breaks
/// included, standing for a space. A match starts and ends on grapheme cluster boundaries, so it never
/// splits an accented letter or an emoji.
public struct SearchQuery: Hashable, Sendable {
    /// The text as typed.
    public let pattern: String
    /// Whether case counts: the pattern has a capital letter.
    public let isCaseSensitive: Bool
    /// The pattern's characters, folded.
    private let folded: [Character]

    /// The query for `pattern`; nil for an empty one.
    public init?(_ pattern: String) {
        let caseSensitive = pattern.contains { $0.isUppercase }
        let folded = pattern.flatMap { Self.fold($0, caseSensitive: caseSensitive) }
        guard !folded.isEmpty else { return nil }
        self.pattern = pattern
        self.isCaseSensitive = caseSensitive
        self.folded = folded
    }

    /// `character` as compared: compatibility forms, accents and widths folded away, lowercased unless
    /// `caseSensitive`, whitespace as a space.
    static func fold(_ character: Character, caseSensitive: Bool) -> String {
        if character.isWhitespace { return " " }
        if character.isASCII { return caseSensitive ? String(character) : character.lowercased() }
        var options: String.CompareOptions = [.diacriticInsensitive, .widthInsensitive]
        if !caseSensitive { options.insert(.caseInsensitive) }
        return String(character).precomposedStringWithCompatibilityMapping.folding(options: options, locale: nil)
    }

    /// The matches in `article`, in text order and not overlapping, as scalar ranges.
    public func matches(in article: Article) -> [TextRange] {
        let text = FoldedText(article.text, caseSensitive: isCaseSensitive)
        return text.find(folded).map { text.scalarRange(of: $0) }
    }

    /// Whether `text` holds a match.
    public func isFound(in text: String) -> Bool {
        !FoldedText(text, caseSensitive: isCaseSensitive).find(folded, limit: 1).isEmpty
    }
}

/// A text folded for searching, each folded character knowing the grapheme cluster it came from.
private struct FoldedText {
    var characters: [Character] = []
    /// For each folded character, the index of its cluster.
    var cluster: [Int] = []
    /// Whether the folded character is its cluster's first.
    var startsCluster: [Bool] = []
    /// Each cluster's first scalar offset, and the text's end last.
    var clusterStarts: [Int] = []

    init(_ text: String, caseSensitive: Bool) {
        var offset = 0
        for (index, character) in text.enumerated() {
            clusterStarts.append(offset)
            offset += character.unicodeScalars.count
            for (position, folded) in SearchQuery.fold(character, caseSensitive: caseSensitive).enumerated() {
                characters.append(folded)
                cluster.append(index)
                startsCluster.append(position == 0)
            }
        }
        clusterStarts.append(offset)
    }

    /// The places `pattern` occurs, left to right, not overlapping, each starting and ending at a
    /// cluster's edge; at most `limit` of them.
    func find(_ pattern: [Character], limit: Int = .max) -> [Range<Int>] {
        guard let first = pattern.first, pattern.count <= characters.count else { return [] }
        var found: [Range<Int>] = []
        var index = 0
        while index + pattern.count <= characters.count, found.count < limit {
            let end = index + pattern.count
            if characters[index] == first, startsCluster[index], end == characters.count || startsCluster[end],
               characters[index..<end].elementsEqual(pattern) {
                found.append(index..<end)
                index = end
            } else {
                index += 1
            }
        }
        return found
    }

    /// The scalar range of the clusters a match of folded characters covers.
    func scalarRange(of match: Range<Int>) -> TextRange {
        TextRange(start: clusterStarts[cluster[match.lowerBound]], end: clusterStarts[cluster[match.upperBound - 1] + 1])
    }
}
