/// The tags each frequent word may take (Ratnaparkhi 1996; Collins 2002): a word seen at least
/// `minimumCount` times in the training data (lower-cased) is tagged only with the tags it was seen with
/// there. Rare and unknown words may take any tag. The tagger applies it in training and tagging alike,
/// so the perceptron spends no updates on tags the data never gave a word, and a word the data knows well
/// ("reporters", always a noun) cannot come out as a verb because of an unusual context.
///
/// Stored in a model as a `HashedRowTable` over the lower-cased word hashes whose row holds 1 for each
/// allowed tag and 0 for the others. Like every lookup in the table, an unknown word whose 16-bit
/// fingerprint matches a stored one on its probe path (about one in twenty thousand) reads that word's tags.
package struct TagDictionary: Sendable {
    /// The allowed tags of the words listed.
    package let table: HashedRowTable

    /// Every tag allowed.
    package static let anyTag = UInt32.max

    package init(table: HashedRowTable) {
        self.table = table
    }

    /// The dictionary of words seen at least `minimumCount` times among `sentences` (their `lower`
    /// hashes, with gold tag indices below `tagCount`), in a stable order so that the same data gives the
    /// same table bytes.
    package init(words sentences: [SyntaxWords], tags: [[Int]], tagCount: Int, minimumCount: Int) {
        var seen: [UInt64: (count: Int, tags: UInt32)] = [:]
        for (words, tags) in zip(sentences, tags) {
            for (word, tag) in zip(words.lower, tags) where tag < tagCount {
                let entry = seen[word, default: (0, 0)]
                seen[word] = (entry.count + 1, entry.tags | 1 << UInt32(tag))
            }
        }
        let kept = seen.filter { $0.value.count >= minimumCount }.keys.sorted()
        var weights: [Int8] = []
        weights.reserveCapacity(kept.count * tagCount)
        for word in kept {
            let tags = seen[word]!.tags
            for tag in 0..<tagCount { weights.append(tags & 1 << UInt32(tag) == 0 ? 0 : 1) }
        }
        table = HashedRowTable(classCount: tagCount, keys: kept, scales: [Float](repeating: 1, count: kept.count), weights: weights)
    }

    /// The tags word `lower` (a lower-cased word hash) may take, one bit per tag index.
    @inline(__always)
    package func allowed(_ lower: UInt64) -> UInt32 {
        guard let slot = table.slot(of: lower) else { return Self.anyTag }
        let row = slot.advanced(by: 4).assumingMemoryBound(to: Int8.self)
        var mask: UInt32 = 0
        for tag in 0..<min(table.labelCount, 32) where row[tag] != 0 { mask |= 1 << UInt32(tag) }
        return mask == 0 ? Self.anyTag : mask
    }
}
