extension RandomAccessCollection {
    /// The first index whose element satisfies `belongsAfter`, which must be false for a prefix of the
    /// collection and true for the rest (a binary search); `endIndex` when no element does.
    public func partitioningIndex(where belongsAfter: (Element) -> Bool) -> Index {
        var low = startIndex
        var count = self.count
        while count > 0 {
            let half = count / 2
            let middle = index(low, offsetBy: half)
            if belongsAfter(self[middle]) {
                count = half
            } else {
                low = index(after: middle)
                count -= half + 1
            }
        }
        return low
    }
}
