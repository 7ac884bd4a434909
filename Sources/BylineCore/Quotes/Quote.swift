/// Whether a quotation is in quotation marks or reported.
public enum QuoteKind: String, Hashable, Sendable, Codable {
    /// Text inside quotation marks; the span includes the marks.
    case direct
    /// Reported speech without marks; the span is the reported content.
    case indirect
}

/// A quotation with who said it, how, and to whom.
public struct Quote: Hashable, Sendable, Identifiable {
    /// "Q1", "Q2", … in text order.
    public var id: String
    public var kind: QuoteKind
    public var range: TextRange
    /// The entity the speaker mention resolves to.
    public var speaker: String?
    /// The span naming the speaker locally ("he", "Ms. Okafor", "a spokeswoman").
    public var speakerMention: TextRange?
    /// The reporting verb or phrase.
    public var cue: TextRange?
    /// The entity spoken to, where it is one of the article's.
    public var addressee: String?
    /// The span naming who was spoken to ("reporters").
    public var addresseeMention: TextRange?
    /// How sure the attributor is, 0...1.
    public var confidence: Double

    public init(id: String, kind: QuoteKind, range: TextRange, speaker: String? = nil, speakerMention: TextRange? = nil,
                cue: TextRange? = nil, addressee: String? = nil, addresseeMention: TextRange? = nil, confidence: Double = 0) {
        self.id = id
        self.kind = kind
        self.range = range
        self.speaker = speaker
        self.speakerMention = speakerMention
        self.cue = cue
        self.addressee = addressee
        self.addresseeMention = addresseeMention
        self.confidence = confidence
    }
}
