/// Gazetteer-membership features for the entity labeller, read from Byline's name lists.
///
/// Per token: the categories the token alone is listed under as written ("gaz:country", "gaz:firstName"),
/// "gaz:title" also for a lower-case title word ("president"); for the longest listed entry of two or
/// more words starting at a token, "gaz:B-<category>" on its first token and "gaz:I-<category>" on the
/// rest (entries never overlap: after a match the search resumes behind it); "gaz:after-title" on the
/// token after a title word and "gaz:after-first-name" on a capitalized token after a listed first name.
/// The same tokens always give the same features in the same order, so training stays deterministic.
///
/// The features are found as codes (`Feature`) with one gazetteer lookup per token, then spelt as
/// strings or as the hashes of those strings, which are computed once.
public struct GazetteerFeatures: GazetteerFeatureSource {
    private let gazetteer: Gazetteer

    public init(gazetteer: Gazetteer) {
        self.gazetteer = gazetteer
    }

    /// One feature: a category of the token, a category of the entry it begins or continues, or what
    /// stands before it.
    private enum Feature {
        case listed(GazetteerCategory)
        case begins(GazetteerCategory)
        case inside(GazetteerCategory)
        case afterTitle
        case afterFirstName

        var name: String {
            switch self {
            case let .listed(category): "gaz:" + category.rawValue
            case let .begins(category): "gaz:B-" + category.rawValue
            case let .inside(category): "gaz:I-" + category.rawValue
            case .afterTitle: "gaz:after-title"
            case .afterFirstName: "gaz:after-first-name"
            }
        }

        /// The feature's position in `hashes`.
        var code: Int {
            let count = GazetteerCategory.allCases.count
            switch self {
            case let .listed(category): return GazetteerFeatures.categoryIndex(category)
            case let .begins(category): return count + GazetteerFeatures.categoryIndex(category)
            case let .inside(category): return 2 * count + GazetteerFeatures.categoryIndex(category)
            case .afterTitle: return 3 * count
            case .afterFirstName: return 3 * count + 1
            }
        }

        static var all: [Feature] {
            GazetteerCategory.allCases.map(Feature.listed) + GazetteerCategory.allCases.map(Feature.begins)
                + GazetteerCategory.allCases.map(Feature.inside) + [.afterTitle, .afterFirstName]
        }
    }

    /// The hash of every feature's string, by code.
    private static let hashes: [UInt64] = Feature.all.map { StableHash.string($0.name) }

    private static func categoryIndex(_ category: GazetteerCategory) -> Int {
        GazetteerCategory.allCases.firstIndex(of: category) ?? 0
    }

    public func features(for tokens: [String]) -> [[String]] {
        codes(for: tokens).map { $0.map(\.name) }
    }

    public func featureHashes(for tokens: [String]) -> [[UInt64]] {
        codes(for: tokens).map { $0.map { Self.hashes[$0.code] } }
    }

    private func codes(for tokens: [String]) -> [[Feature]] {
        var result = [[Feature]](repeating: [], count: tokens.count)
        let looked = tokens.map(gazetteer.lookupBits)
        let titles = tokens.indices.map { looked[$0].categories & GazetteerCategory.title.bit != 0 || isTitle(tokens[$0]) }
        for index in tokens.indices {
            let bits = looked[index].categories
            for category in GazetteerCategory.allCases where bits & category.bit != 0 { result[index].append(.listed(category)) }
            if bits & GazetteerCategory.title.bit == 0, titles[index] { result[index].append(.listed(.title)) }
            guard index > 0 else { continue }
            if titles[index - 1] { result[index].append(.afterTitle) }
            if looked[index - 1].categories & GazetteerCategory.firstName.bit != 0, tokens[index].first?.isUppercase ?? false {
                result[index].append(.afterFirstName)
            }
        }
        var start = 0
        while start < tokens.count {
            guard looked[start].startsEntry, let match = longestEntry(startingAt: start, in: tokens) else {
                start += 1
                continue
            }
            for category in GazetteerCategory.allCases where match.categories & category.bit != 0 {
                result[start].append(.begins(category))
                for inside in start + 1..<match.end { result[inside].append(.inside(category)) }
            }
            start = match.end
        }
        return result
    }

    /// Whether a lower-case word is a title once capitalized ("minister").
    private func isTitle(_ token: String) -> Bool {
        gazetteer.lowercaseTitles.contains(token)
    }

    /// The longest entry of two or more words starting at `start`, with its end and category bits.
    private func longestEntry(startingAt start: Int, in tokens: [String]) -> (end: Int, categories: UInt16)? {
        let last = min(tokens.count, start + gazetteer.longestEntry)
        guard last >= start + 2 else { return nil }
        var best: (end: Int, categories: UInt16)?
        var phrase = tokens[start]
        for end in start + 2...last {
            phrase += " " + tokens[end - 1]
            if let found = gazetteer.categoryBits(phrase) { best = (end, found) }
        }
        return best
    }
}
