/// Gazetteer-membership features for the entity labeller, read from Byline's name lists.
///
/// Per token: the categories the token alone is listed under as written ("gaz:country", "gaz:firstName"),
/// "gaz:title" also for a lower-case title word ("president"); for the longest listed entry of two or
/// more words starting at a token, "gaz:B-<category>" on its first token and "gaz:I-<category>" on the
/// rest (entries never overlap: after a match the search resumes behind it); "gaz:after-title" on the
/// token after a title word and "gaz:after-first-name" on a capitalized token after a listed first name.
/// The same tokens always give the same features in the same order, so training stays deterministic.
public struct GazetteerFeatures: GazetteerFeatureSource {
    private let gazetteer: Gazetteer

    public init(gazetteer: Gazetteer) {
        self.gazetteer = gazetteer
    }

    public func features(for tokens: [String]) -> [[String]] {
        var result = [[String]](repeating: [], count: tokens.count)
        let single = tokens.map(categories)
        for (index, token) in tokens.enumerated() {
            result[index] += single[index].map { "gaz:" + $0.rawValue }
            if !single[index].contains(.title), isTitle(token) { result[index].append("gaz:title") }
            guard index > 0 else { continue }
            if single[index - 1].contains(.title) || isTitle(tokens[index - 1]) { result[index].append("gaz:after-title") }
            if single[index - 1].contains(.firstName), token.first?.isUppercase ?? false {
                result[index].append("gaz:after-first-name")
            }
        }
        var start = 0
        while start < tokens.count {
            guard let match = longestEntry(startingAt: start, in: tokens) else {
                start += 1
                continue
            }
            for category in match.categories {
                result[start].append("gaz:B-" + category.rawValue)
                for inside in start + 1..<match.end { result[inside].append("gaz:I-" + category.rawValue) }
            }
            start = match.end
        }
        return result
    }

    /// The categories a token is listed under as written, in `GazetteerCategory` order.
    private func categories(_ token: String) -> [GazetteerCategory] {
        guard let bits = gazetteer.categoryBits(token) else { return [] }
        return GazetteerCategory.allCases.filter { bits & $0.bit != 0 }
    }

    /// Whether a lower-case word is a title once capitalized ("minister").
    private func isTitle(_ token: String) -> Bool {
        guard let first = token.first, first.isLowercase else { return false }
        return gazetteer.contains(first.uppercased() + token.dropFirst(), .title)
    }

    /// The longest entry of two or more words starting at `start`, with its end and categories.
    private func longestEntry(startingAt start: Int, in tokens: [String]) -> (end: Int, categories: [GazetteerCategory])? {
        let last = min(tokens.count, start + gazetteer.longestEntry)
        guard last >= start + 2, gazetteer.startsEntry(tokens[start]) else { return nil }
        var best: (end: Int, categories: [GazetteerCategory])?
        var phrase = tokens[start]
        for end in start + 2...last {
            phrase += " " + tokens[end - 1]
            let found = categories(phrase)
            if !found.isEmpty { best = (end, found) }
        }
        return best
    }
}
