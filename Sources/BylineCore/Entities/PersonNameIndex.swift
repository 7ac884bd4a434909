/// The article's full person names ("Ann Okafor", "Ben Okafor") arranged so that finding the fuller name a
/// shorter one stands for ("Okafor", "Ann Okafor") costs time in proportion to the names that can match,
/// not to every name of the article: an article naming thousands of people who share a surname stays
/// linear.
///
/// A full name is *maximal* for a shorter one when no longer full name that the shorter one also fits
/// contains it ("Ann Okafor" is not maximal for "Okafor" when "Ann Marie Okafor" is named too).
struct PersonNameIndex {
    let names: [AliasResolver.FullName]
    /// The position of each full name by its key.
    private let positionByKey: [String: Int]
    /// Full names by every word a shorter mention of them can end with, most words first.
    private let byWord: [String: [Int]]
    /// For each one-word part (first name, surname, surname without its particle), the full names that
    /// part can stand for and that are maximal for it, in order of first appearance.
    private let maximalByPart: [String: [Int]]
    /// For each full name, the one-word parts it is maximal for.
    let maximalParts: [[String]]

    init(_ names: [AliasResolver.FullName]) {
        self.names = names
        var positionByKey: [String: Int] = [:]
        var byWord: [String: [Int]] = [:]
        for (position, name) in names.enumerated() {
            positionByKey[name.key] = positionByKey[name.key] ?? position
            for word in AliasResolver.partKeys(of: name.words) { byWord[word, default: []].append(position) }
        }
        for word in byWord.keys {
            byWord[word]?.sort { (-names[$0].words.count, $0) < (-names[$1].words.count, $1) }
        }
        self.positionByKey = positionByKey
        self.byWord = byWord
        var maximalByPart: [String: [Int]] = [:]
        var maximalParts: [[String]] = []
        for (position, name) in names.enumerated() {
            let longer = PersonNameIndex.longer(than: name.words.count, among: byWord[name.words.last ?? ""] ?? [], names: names)
                .filter { AliasResolver.isPart(name.words, of: names[$0].words) }
            var parts: [String] = []
            for part in AliasResolver.oneWordParts(of: name.words) where !parts.contains(part) {
                guard !longer.contains(where: { AliasResolver.isPart([part], of: names[$0].words) }) else { continue }
                parts.append(part)
                maximalByPart[part, default: []].append(position)
            }
            maximalParts.append(parts)
        }
        self.maximalByPart = maximalByPart
        self.maximalParts = maximalParts
    }

    /// The position of the full name with this key, if it is one.
    func position(ofKey key: String) -> Int? { positionByKey[key] }

    /// The full names a one-word name can stand for that are maximal for it, in order of first appearance.
    func maximal(forPart part: String) -> [Int] { maximalByPart[part] ?? [] }

    /// The full names of more than `count` words that a shorter name ending in `word` may be part of.
    func candidates(endingWith word: String, longerThan count: Int) -> ArraySlice<Int> {
        PersonNameIndex.longer(than: count, among: byWord[word] ?? [], names: names)
    }

    /// The leading names of a most-words-first list that have more than `count` words.
    private static func longer(than count: Int, among positions: [Int], names: [AliasResolver.FullName]) -> ArraySlice<Int> {
        var end = 0
        while end < positions.count, names[positions[end]].words.count > count { end += 1 }
        return positions[..<end]
    }
}
