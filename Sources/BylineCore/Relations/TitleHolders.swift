/// The people the article has given each title so far, and which of them it mentioned last: kept up to
/// date while relation extraction reads the sentences in order, so that resolving "the President" costs
/// the same however many titles came before.
struct TitleHolders {
    /// A title statement: who holds which title (lower-cased) of what, and where the text says so.
    private struct Statement {
        var cue: Int
        var subject: String
        var value: String
        var object: String?
    }

    /// Title statements by where they are made.
    private let statements: [Statement]
    /// How many statements lie before the reading position.
    private var active = 0
    /// Where each person was last mentioned.
    private var lastSeen: [String: Int] = [:]
    /// The titles (value and object) each person holds by the reading position.
    private var titlesOf: [String: Set<[String]>] = [:]
    /// For each title value, and for each value with its object, the holder mentioned last.
    private var latest: [[String]: String] = [:]

    init(_ candidates: [RelationCandidate]) {
        statements = candidates.filter { $0.predicate == .title }.compactMap { candidate in
            candidate.value.map { Statement(cue: candidate.cue, subject: candidate.subject, value: $0.lowercased(), object: candidate.object) }
        }.sorted { $0.cue < $1.cue }
    }

    /// Notes a mention of a person at `offset` (offsets only grow).
    mutating func see(_ person: String, at offset: Int) {
        lastSeen[person] = offset
        for key in titlesOf[person] ?? [] { latest[key] = person }
    }

    /// The person given the title `value` (of `object`, when given) before `offset` and mentioned last.
    mutating func holder(of value: String, object: String?, before offset: Int) -> String? {
        while active < statements.count, statements[active].cue < offset {
            activate(statements[active])
            active += 1
        }
        return latest[TitleHolders.key(value.lowercased(), object)]
    }

    private mutating func activate(_ statement: Statement) {
        var keys = [TitleHolders.key(statement.value, nil)]
        if let object = statement.object { keys.append(TitleHolders.key(statement.value, object)) }
        for key in keys {
            titlesOf[statement.subject, default: []].insert(key)
            let seen = lastSeen[statement.subject] ?? -1
            if let current = latest[key], (lastSeen[current] ?? -1) >= seen { continue }
            latest[key] = statement.subject
        }
    }

    /// The lookup key of a title value with an optional object.
    private static func key(_ value: String, _ object: String?) -> [String] {
        object.map { [value, $0] } ?? [value]
    }
}
