/// The person referents that hold titles, arranged so that `TitleMentionFinder.holder` answers in
/// logarithmic time instead of scanning every mention and title of every referent.
///
/// Built once per article from the referents' name mentions and established titles; the answers are
/// exactly those of the plain scans.
struct TitleHolderIndex {
    /// One title holder's facts, each sorted or keyed for direct lookup.
    struct Holder {
        /// The referent's position.
        var referent: Int
        /// Starts of its mentions, ascending.
        var starts: [Int]
        /// `prefixMaxSentence[k]` is the greatest sentence among the first `k` starts (−1 for none).
        var prefixMaxSentence: [Int]
        /// The earliest mention start in each sentence it is mentioned in.
        var firstStartInSentence: [Int: Int]
        /// Offsets of every title established for it, ascending.
        var titleOffsets: [Int]
        /// Each distinct title (words and modifier) with the earliest offset it is established at.
        var titles: [(title: EstablishedTitle, offset: Int)]
    }

    let holders: [Holder]
    /// Name mentions of the article sorted by start, with the running greatest end, for overlap tests.
    private let namedStarts: [Int]
    private let namedPrefixMaxEnd: [Int]

    init(referents: [Referent], named: [TextRange], document: Document) {
        holders = referents.indices.compactMap { position in
            let referent = referents[position]
            guard referent.isPerson, !referent.titles.isEmpty else { return nil }
            return TitleHolderIndex.holder(referent, at: position, document: document)
        }
        let sortedNamed = named.sorted { $0.start < $1.start }
        namedStarts = sortedNamed.map(\.start)
        var runningEnd = Int.min
        namedPrefixMaxEnd = sortedNamed.map { range in
            runningEnd = max(runningEnd, range.end)
            return runningEnd
        }
    }

    private static func holder(_ referent: Referent, at position: Int, document: Document) -> Holder {
        let starts = referent.mentions.map(\.range.start).sorted()
        var prefixMaxSentence = [-1]
        var firstStartInSentence: [Int: Int] = [:]
        for start in starts {
            let sentence = document.sentenceIndex(at: start)
            prefixMaxSentence.append(max(prefixMaxSentence[prefixMaxSentence.count - 1], sentence))
            if firstStartInSentence[sentence] == nil { firstStartInSentence[sentence] = start }
        }
        var earliest: [EstablishedTitle: Int] = [:]
        var order: [EstablishedTitle] = []
        for title in referent.titles {
            var key = title
            key.offset = 0
            if let known = earliest[key] {
                earliest[key] = min(known, title.offset)
            } else {
                earliest[key] = title.offset
                order.append(key)
            }
        }
        return Holder(referent: position, starts: starts, prefixMaxSentence: prefixMaxSentence,
                      firstStartInSentence: firstStartInSentence,
                      titleOffsets: referent.titles.map(\.offset).sorted(),
                      titles: order.map { ($0, earliest[$0] ?? $0.offset) })
    }

    /// Whether any name mention overlaps the range.
    func overlapsName(_ range: TextRange) -> Bool {
        let before = TitleHolderIndex.countBelow(range.end, in: namedStarts)
        return before > 0 && namedPrefixMaxEnd[before - 1] > range.start
    }

    /// The number of sorted values below `value`.
    static func countBelow(_ value: Int, in sorted: [Int]) -> Int {
        var low = 0
        var high = sorted.count
        while low < high {
            let middle = (low + high) / 2
            if sorted[middle] < value { low = middle + 1 } else { high = middle }
        }
        return low
    }
}

extension TitleHolderIndex.Holder {
    /// Whether the holder has a mention before `offset` in `sentence`.
    func isNamed(inSentence sentence: Int, before offset: Int) -> Bool {
        (firstStartInSentence[sentence] ?? Int.max) < offset
    }

    /// Whether a mention before `offset` lies in `sentence` or later.
    func isMentioned(before offset: Int, sinceSentence sentence: Int) -> Bool {
        prefixMaxSentence[TitleHolderIndex.countBelow(offset, in: starts)] >= sentence
    }

    /// The start of the last mention before `offset`, if any.
    func lastStart(before offset: Int) -> Int? {
        let count = TitleHolderIndex.countBelow(offset, in: starts)
        return count > 0 ? starts[count - 1] : nil
    }

    /// Whether a title is established inside the range.
    func isTitleGiven(in range: TextRange) -> Bool {
        let first = TitleHolderIndex.countBelow(range.start, in: titleOffsets)
        return first < titleOffsets.count && titleOffsets[first] < range.end
    }
}
