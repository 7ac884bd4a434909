/// How entity spans are spelled as one label per token.
package enum LabelScheme: UInt8, Sendable, CaseIterable {
    /// Begin, Inside, Outside.
    case bio = 1
    /// Begin, Inside, Last, Outside, Unit: spans' ends are labelled too.
    case bilou = 2

    /// The position labels that go with a kind, in the order their label indices use.
    package var prefixes: [LabelPrefix] {
        switch self {
        case .bio: [.begin, .inside]
        case .bilou: [.begin, .inside, .last, .unit]
        }
    }
}

/// Where a token sits in a span.
package enum LabelPrefix: Sendable {
    case begin, inside, last, unit
}
