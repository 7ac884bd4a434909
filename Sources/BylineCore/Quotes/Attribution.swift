/// Who said a quotation, as attribution found it: the speaker's mention and entity, the cue, the
/// addressee and how sure the finding is.
struct Attribution: Hashable {
    var speaker: Int?
    var speakerMention: TextRange?
    var cue: TextRange?
    var addressee: Int?
    var addresseeMention: TextRange?
    var confidence: Double

    /// A quotation nobody is credited with.
    static let unattributed = Attribution(confidence: 0.1)

    init(speaker: Int? = nil, speakerMention: TextRange? = nil, cue: TextRange? = nil, addressee: Int? = nil,
         addresseeMention: TextRange? = nil, confidence: Double) {
        self.speaker = speaker
        self.speakerMention = speakerMention
        self.cue = cue
        self.addressee = addressee
        self.addresseeMention = addresseeMention
        self.confidence = confidence
    }

    /// Whether a speaker was found (an entity or at least a mention).
    var hasSpeaker: Bool { speaker != nil || speakerMention != nil }
}
