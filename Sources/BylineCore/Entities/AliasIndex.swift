/// Lookups over an article's alias candidates, built once so that finding the expansion of an acronym or
/// the longer organization name of a mention does not scan every other mention (full person names have
/// their own `PersonNameIndex`).
///
/// Every list holds candidate (or full-name) positions in ascending order, so "the most recent before,
/// else the first after" is a binary search; the answers are those of the plain scans.
struct AliasIndex {
    let candidates: [AliasResolver.Candidate]
    /// Organization candidates by each proper prefix of their lowercased words.
    private let organizationsByPrefix: [[String]: [Int]]
    /// Candidates that can expand an acronym, by their initials.
    private let expansionsByInitials: [String: [Int]]

    init(_ candidates: [AliasResolver.Candidate]) {
        self.candidates = candidates
        var organizations: [[String]: [Int]] = [:]
        var expansions: [String: [Int]] = [:]
        for (position, candidate) in candidates.enumerated() {
            if candidate.kind == .organization, candidate.words.count > 1 {
                let lower = candidate.words.map { $0.lowercased() }
                for length in 1..<lower.count { organizations[Array(lower.prefix(length)), default: []].append(position) }
            }
            if candidate.words.count > 1, candidate.kind != .person, candidate.kind != .date {
                for initials in AliasResolver.initials(candidate.words) { expansions[initials, default: []].append(position) }
            }
        }
        organizationsByPrefix = organizations
        expansionsByInitials = expansions
    }

    /// The key of the longer organization name that begins with `words` (lowercased): the most recent
    /// before `offset`, else the first after.
    func organization(startingWith words: [String], near offset: Int) -> String? {
        nearest(organizationsByPrefix[words] ?? [], to: offset)
    }

    /// The key of a name whose initials are `letters`: the most recent before `offset`, else the first after.
    func expansion(of letters: String, near offset: Int) -> String? {
        nearest(expansionsByInitials[letters] ?? [], to: offset)
    }

    private func nearest(_ positions: [Int], to offset: Int) -> String? {
        var low = 0
        var high = positions.count
        while low < high {
            let middle = (low + high) / 2
            if candidates[positions[middle]].range.start < offset { low = middle + 1 } else { high = middle }
        }
        if low > 0 { return candidates[positions[low - 1]].key }
        return positions.first.map { candidates[$0].key }
    }
}
