import Foundation

/// What a gazetteer entry says a name is.
public enum GazetteerCategory: String, Hashable, Sendable, CaseIterable {
    case country, city, capital, region, placeAlias
    case demonym, group
    case organization, newsOrganization, organizationSuffix
    case title
    case firstName, surname

    /// The category's bit in a gazetteer's per-entry mask.
    var bit: UInt16 {
        UInt16(1) << UInt16(GazetteerCategory.allCases.firstIndex(of: self) ?? 0)
    }
}

/// A person's grammatical gender as names and titles suggest it.
public enum Gender: String, Hashable, Sendable {
    case male, female, unknown
}

/// The name lists Byline ships (Resources/Gazetteers): places, demonyms, groups, organizations, titles and
/// names. Loaded once into a value and passed to what needs it.
///
/// Entries are keyed by their normalized text (whitespace collapsed to one space, ’ as '), so lookups do not
/// depend on how the tokenizer splits a name.
public struct Gazetteer: Sendable {
    /// Categories of each normalized entry, as bits of `GazetteerCategory.bit` (one small value per entry
    /// keeps loading fast: the lists hold some 60,000 names and load on the reader's startup path).
    var categoryBits: [String: UInt16] = [:]
    /// The fullest name for each alias ("U.S." → "United States", "NATO" → "North Atlantic Treaty Organization").
    public internal(set) var canonicalNames: [String: String] = [:]
    /// The place a demonym derives from ("Russian" → "Russia"), where there is one.
    public internal(set) var demonymPlaces: [String: String] = [:]
    /// Gender of first names and titles that fix one.
    public internal(set) var genders: [String: Gender] = [:]
    /// The most words any entry has: lookups never look further.
    public internal(set) var longestEntry = 1
    /// First words of multi-word entries, so lookups only extend spans that can match.
    var firstWords: Set<String> = []

    /// An empty gazetteer.
    public init() {}

    /// The gazetteers shipped with Byline.
    public static func bundled() throws -> Gazetteer {
        guard let directory = Bundle.module.url(forResource: "Gazetteers", withExtension: nil) else {
            throw GazetteerError(description: "the Gazetteers resource folder is missing")
        }
        var gazetteer = Gazetteer()
        try gazetteer.load(directory: directory)
        return gazetteer
    }

    /// Categories of a text span (already normalized or not).
    public func lookup(_ text: String) -> Set<GazetteerCategory> {
        guard let bits = categoryBits[Gazetteer.normalize(text)] else { return [] }
        return Set(GazetteerCategory.allCases.filter { bits & $0.bit != 0 })
    }

    /// Whether a text span is listed under a category.
    public func contains(_ text: String, _ category: GazetteerCategory) -> Bool {
        (categoryBits[Gazetteer.normalize(text)] ?? 0) & category.bit != 0
    }

    /// Whether a multi-word entry can start with this word.
    public func startsEntry(_ word: String) -> Bool {
        firstWords.contains(Gazetteer.normalize(word))
    }

    /// Collapses whitespace runs to one space, trims, and writes the typographic apostrophe as '.
    public static func normalize(_ text: String) -> String {
        if isNormalized(text) { return text }
        var result = String.UnicodeScalarView()
        var pendingSpace = false
        for scalar in text.unicodeScalars {
            if scalar.properties.isWhitespace {
                pendingSpace = !result.isEmpty
                continue
            }
            if pendingSpace {
                result.append(" ")
                pendingSpace = false
            }
            result.append(scalar == "\u{2019}" ? "'" : scalar)
        }
        return String(result)
    }

    /// Whether `text` has no leading, trailing or repeated whitespace, no whitespace but spaces, and no ’.
    private static func isNormalized(_ text: String) -> Bool {
        var previousWasSpace = true
        for byte in text.utf8 {
            switch byte {
            case 0x20:
                if previousWasSpace { return false }
                previousWasSpace = true
            case 0x09...0x0D, 0x80...0xFF:
                return false
            default:
                previousWasSpace = false
            }
        }
        return !previousWasSpace || text.isEmpty
    }

    /// Adds an entry.
    public mutating func add(_ text: String, _ category: GazetteerCategory) {
        let key = Gazetteer.normalize(text)
        guard !key.isEmpty else { return }
        categoryBits[key, default: 0] |= category.bit
        guard key.utf8.contains(0x20) else { return }
        let words = key.split(separator: " ")
        if let first = words.first { firstWords.insert(String(first)) }
        longestEntry = max(longestEntry, words.count)
    }
}

/// A gazetteer file that could not be read.
public struct GazetteerError: Error, CustomStringConvertible, Sendable {
    public let description: String
}
