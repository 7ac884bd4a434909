import Foundation

/// What a gazetteer entry says a name is.
public enum GazetteerCategory: String, Hashable, Sendable, CaseIterable {
    case country, city, capital, region, placeAlias
    case demonym, group
    case organization, newsOrganization, organizationSuffix
    case title
    case firstName, surname
    /// A company form ending an organization's name ("Ltd", "GmbH") or another word that ends only organizations'
    /// names ("Rovers", "Party"): organization-suffixes.txt rows marked "legal" or "ends".
    case legalSuffix
    /// A word ending the name of a competition or event ("Cup", "Games"): event-words.txt.
    case eventWord

    /// The category's bit in a gazetteer's per-entry mask: its position in `allCases`.
    var bit: UInt16 {
        switch self {
        case .country: 1 << 0
        case .city: 1 << 1
        case .capital: 1 << 2
        case .region: 1 << 3
        case .placeAlias: 1 << 4
        case .demonym: 1 << 5
        case .group: 1 << 6
        case .organization: 1 << 7
        case .newsOrganization: 1 << 8
        case .organizationSuffix: 1 << 9
        case .title: 1 << 10
        case .firstName: 1 << 11
        case .surname: 1 << 12
        case .legalSuffix: 1 << 13
        case .eventWord: 1 << 14
        }
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
/// depend on how the tokenizer splits a name. The lists hold some 60,000 names and load on the reader's
/// startup path, so they live in a `NameTable` of bytes rather than in Swift dictionaries of strings.
public struct Gazetteer: Sendable {
    /// Every entry: its categories as bits of `GazetteerCategory.bit` (plus `firstWordBit`) and its gender.
    var names = NameTable()
    /// The fullest name for each alias ("U.S." → "United States", "NATO" → "North Atlantic Treaty Organization").
    public internal(set) var canonicalNames: [String: String] = [:]
    /// The place a demonym derives from ("Russian" → "Russia"), where there is one.
    public internal(set) var demonymPlaces: [String: String] = [:]
    /// One-word titles with the first letter in lower case, as running text writes them ("minister" for
    /// "Minister").
    public internal(set) var lowercaseTitles: Set<String> = []
    /// Event words that name an event on their own ("Olympics"), normalized.
    public internal(set) var eventsAlone: Set<String> = []
    /// The most words any entry has: lookups never look further.
    public internal(set) var longestEntry = 1
    /// The title entries arranged for matching in running text, made once when the lists are loaded (not
    /// per article: the linker and the relation extractor both read it).
    private(set) var titleLexicon = TitleLexicon()

    /// The bit marking a word that starts a multi-word entry (the category bits use the low bits).
    static let firstWordBit: UInt16 = 1 << 15

    /// An empty gazetteer.
    public init() {}

    /// The gazetteers shipped with Byline.
    public static func bundled() throws -> Gazetteer {
        guard let directory = Bundle.module.url(forResource: "Gazetteers", withExtension: nil) else {
            throw GazetteerError(description: "the Gazetteers resource folder is missing")
        }
        var gazetteer = Gazetteer()
        try gazetteer.load(directory: directory)
        gazetteer.titleLexicon = TitleLexicon(gazetteer: gazetteer)
        return gazetteer
    }

    /// Gender of first names and titles that fix one.
    public var genders: GazetteerGenders { GazetteerGenders(names: names) }

    /// Categories of a text span (already normalized or not).
    public func lookup(_ text: String) -> Set<GazetteerCategory> {
        guard let bits = categoryBits(text) else { return [] }
        return Set(GazetteerCategory.allCases.filter { bits & $0.bit != 0 })
    }

    /// The category bits of a text span, nil when it is not listed.
    func categoryBits(_ text: String) -> UInt16? {
        guard let entry = names.entry(Gazetteer.key(text)) else { return nil }
        let bits = names.bits[entry] & ~Gazetteer.firstWordBit
        return bits == 0 ? nil : bits
    }

    /// A word's category bits (0 when it is listed under none) and whether a multi-word entry starts with
    /// it, from one lookup.
    func lookupBits(_ word: String) -> (categories: UInt16, startsEntry: Bool) {
        guard let entry = names.entry(Gazetteer.key(word)) else { return (0, false) }
        let bits = names.bits[entry]
        return (bits & ~Gazetteer.firstWordBit, bits & Gazetteer.firstWordBit != 0)
    }

    /// Whether a text span is listed under a category.
    public func contains(_ text: String, _ category: GazetteerCategory) -> Bool {
        (categoryBits(text) ?? 0) & category.bit != 0
    }

    /// Whether a multi-word entry can start with this word.
    public func startsEntry(_ word: String) -> Bool {
        guard let entry = names.entry(Gazetteer.key(word)) else { return false }
        return names.bits[entry] & Gazetteer.firstWordBit != 0
    }

    /// The normalized entries listed under a category, with the gender listed for them.
    package func entries(in category: GazetteerCategory) -> [(name: String, gender: Gender?)] {
        (0..<names.count).compactMap { entry in
            names.bits[entry] & category.bit != 0 ? (names.key(entry), GazetteerGenders.gender(code: names.genders[entry])) : nil
        }
    }

    /// The text as the table keys it: normalized, and in Unicode normal form C when it is not ASCII, so
    /// that canonically equivalent spellings find the same entry (as they would as `String` keys).
    static func key(_ text: String) -> String {
        let normalized = normalize(text)
        return normalized.utf8.allSatisfy { $0 < 0x80 } ? normalized : normalized.precomposedStringWithCanonicalMapping
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
    /// Conservative: a lead byte that may start a non-ASCII space or ’ (U+0085, U+00A0, U+1680, U+2000…U+3000)
    /// sends the text to the full pass.
    private static func isNormalized(_ text: String) -> Bool {
        var previousWasSpace = true
        var previousWasC2 = false
        for byte in text.utf8 {
            switch byte {
            case 0x20:
                if previousWasSpace { return false }
                previousWasSpace = true
            case 0x09...0x0D, 0xE1...0xE3:
                return false
            case 0x85 where previousWasC2, 0xA0 where previousWasC2:
                return false
            default:
                previousWasSpace = false
            }
            previousWasC2 = byte == 0xC2
        }
        return !previousWasSpace || text.isEmpty
    }

    /// Adds an entry.
    public mutating func add(_ text: String, _ category: GazetteerCategory) {
        var key = Gazetteer.key(text)
        guard !key.isEmpty else { return }
        key.withUTF8 { _ = add(normalized: $0, category.bit) }
        if category == .title {
            noteTitle(text)
            titleLexicon = TitleLexicon(gazetteer: self)
        }
    }

    /// Records a one-word title in `lowercaseTitles`.
    mutating func noteTitle(_ title: String) {
        guard let first = title.first, first.isUppercase, !title.contains(" ") else { return }
        lowercaseTitles.insert(first.lowercased() + title.dropFirst())
    }

    /// Adds an entry given as normalized, non-empty UTF-8 bytes; returns its entry in `names`.
    @discardableResult
    mutating func add(normalized key: UnsafeBufferPointer<UInt8>, _ bits: UInt16) -> Int {
        let entry = names.insert(key)
        names.addBits(bits, to: entry)
        guard let space = key.firstIndex(of: 0x20) else { return entry }
        names.addBits(Gazetteer.firstWordBit, to: names.insert(UnsafeBufferPointer(rebasing: key[..<space])))
        longestEntry = max(longestEntry, key.reduce(1) { $1 == 0x20 ? $0 + 1 : $0 })
        return entry
    }
}

/// A gazetteer file that could not be read.
public struct GazetteerError: Error, CustomStringConvertible, Sendable {
    public let description: String
}
