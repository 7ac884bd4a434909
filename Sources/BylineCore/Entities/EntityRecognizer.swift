/// Finds named-entity mentions sentence by sentence with a trained sequence labeller.
///
/// Each of the article's sentences is labelled on its own from its tokens' texts; the spans the labels
/// spell become mentions from the first token's start to the last token's end.
public struct EntityRecognizer: Sendable {
    private let model: EntityModel
    private let extractor: FeatureExtractor
    private let decoder: GreedyDecoder

    /// A recognizer with the given model and no gazetteer features, for a model trained without them.
    public init(model: EntityModel) {
        self.init(model: model, gazetteer: nil)
    }

    /// A recognizer with the features the model was trained with: the gazetteer's (`GazetteerFeatures`)
    /// when the model uses them. The way to build a recognizer for a model read from a file.
    public init(model: EntityModel, gazetteer: Gazetteer) {
        self.init(model: model, gazetteer: model.usesGazetteerFeatures ? GazetteerFeatures(gazetteer: gazetteer) : nil)
    }

    /// A recognizer whose features include a gazetteer's; the model must have been trained with it.
    public init(model: EntityModel, gazetteer: (any GazetteerFeatureSource)?) {
        self.model = model
        self.extractor = FeatureExtractor(gazetteer: gazetteer)
        self.decoder = GreedyDecoder(labels: model.labels)
    }

    /// The mentions in the article, in text order.
    public func recognize(_ article: Article) -> [RecognizedMention] {
        var mentions: [RecognizedMention] = []
        for sentence in article.sentences where !sentence.tokens.isEmpty {
            let tokens = article.tokens[sentence.tokens]
            let spans = label(tokens.map { article.string($0.range) })
            for span in spans {
                let first = tokens[tokens.startIndex + span.range.lowerBound]
                let last = tokens[tokens.startIndex + span.range.upperBound - 1]
                mentions.append(RecognizedMention(range: TextRange(start: first.range.start, end: last.range.end), kind: span.kind))
            }
        }
        return mentions
    }

    /// The most tokens labelled as one sequence. A longer "sentence" (run-on text without full stops,
    /// punctuation without spaces: no news sentence comes near) is labelled this many tokens at a time,
    /// so that its features, some 300 bytes a token, never take memory in proportion to the text.
    static let longestSequence = 256

    /// The entity spans of one sentence given as token texts, as token index ranges.
    public func label(_ tokens: [String]) -> [(range: Range<Int>, kind: EntityKind)] {
        guard tokens.count > Self.longestSequence else { return labelSequence(tokens[...]) }
        return stride(from: 0, to: tokens.count, by: Self.longestSequence).flatMap { start in
            let end = min(tokens.count, start + Self.longestSequence)
            return labelSequence(tokens[start..<end]).map { (range: ($0.range.lowerBound + start)..<($0.range.upperBound + start), kind: $0.kind) }
        }
    }

    /// The entity spans of a sentence, as `label(_: [String])` gives them for its texts, its texts made one sequence at
    /// a time: a run-on "sentence" (punctuation without spaces) can be the whole text.
    func label(_ sentence: SentenceView) -> [(range: Range<Int>, kind: EntityKind)] {
        stride(from: 0, to: sentence.count, by: Self.longestSequence).flatMap { start in
            let end = min(sentence.count, start + Self.longestSequence)
            return labelSequence((start..<end).map(sentence.text)[...])
                .map { (range: ($0.range.lowerBound + start)..<($0.range.upperBound + start), kind: $0.kind) }
        }
    }

    /// The entity spans of one sequence of token texts, as index ranges from 0.
    private func labelSequence(_ tokens: ArraySlice<String>) -> [(range: Range<Int>, kind: EntityKind)] {
        guard !tokens.isEmpty else { return [] }
        let features = extractor.extract(Array(tokens))
        return model.labels.decode(decoder.decode(features, weights: model.weights))
    }
}
