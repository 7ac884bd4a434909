import Foundation

/// What a gazetteer entry says a name is.
public enum GazetteerCategory: String, Hashable, Sendable, CaseIterable {
    case country, city, capital, region, placeAlias
    case demonym, group
    case organization, newsOrganization, organizationSuffix
    case title
    case firstName, surname
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
    /// Categories of each normalized entry.
    public internal(set) var categories: [String: Set<GazetteerCategory>] = [:]
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
        categories[Gazetteer.normalize(text)] ?? []
    }

    /// Whether a multi-word entry can start with this word.
    public func startsEntry(_ word: String) -> Bool {
        firstWords.contains(Gazetteer.normalize(word))
    }

    /// Collapses whitespace runs to one space, trims, and writes the typographic apostrophe as '.
    public static func normalize(_ text: String) -> String {
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

    /// Adds an entry.
    public mutating func add(_ text: String, _ category: GazetteerCategory) {
        let key = Gazetteer.normalize(text)
        guard !key.isEmpty else { return }
        categories[key, default: []].insert(category)
        let words = key.split(separator: " ")
        if words.count > 1, let first = words.first { firstWords.insert(String(first)) }
        longestEntry = max(longestEntry, words.count)
    }
}

/// A gazetteer file that could not be read.
public struct GazetteerError: Error, CustomStringConvertible, Sendable {
    public let description: String
}
