import BylineCore

/// One article of the PolNeAR corpus (Political News Attribution Relations): its text and every
/// attribution annotated in it. All spans are `TextRange`s, Unicode scalar offsets into `text`, which is
/// the unit of the corpus's Python string offsets.
public struct PolNeARArticle: Sendable, Equatable {
    public var id: String
    public var publisher: String
    public var date: String
    public var title: String
    public var text: String
    public var attributions: [PolNeARAttribution]

    public init(id: String, publisher: String, date: String, title: String, text: String, attributions: [PolNeARAttribution]) {
        self.id = id
        self.publisher = publisher
        self.date = date
        self.title = title
        self.text = text
        self.attributions = attributions
    }
}

/// One annotated attribution: the content said, thought or written, its source (the speaker as written,
/// absent when the article names none) and its cue.
public struct PolNeARAttribution: Sendable, Equatable {
    /// Direct (all in quotation marks), mixed (partly quoted) or indirect (no quotation marks); the corpus
    /// derives it from the quotation marks in the content.
    public enum Kind: String, Sendable, CaseIterable {
        case direct, mixed, indirect
    }

    /// The content, from its first to its last scalar.
    public var content: TextRange
    /// The pieces of a discontinuous content, in order; nil when the content is one span.
    public var contentFragments: [TextRange]?
    /// The source span, if the article names one.
    public var speaker: TextRange?
    /// The pieces of a discontinuous source span; nil when it is one span.
    public var speakerFragments: [TextRange]?
    /// The cue span ("said", "according to", a colon), if annotated.
    public var cue: TextRange?
    public var kind: Kind

    public init(content: TextRange, contentFragments: [TextRange]? = nil, speaker: TextRange?,
                speakerFragments: [TextRange]? = nil, cue: TextRange?, kind: Kind) {
        self.content = content
        self.contentFragments = contentFragments
        self.speaker = speaker
        self.speakerFragments = speakerFragments
        self.cue = cue
        self.kind = kind
    }
}
