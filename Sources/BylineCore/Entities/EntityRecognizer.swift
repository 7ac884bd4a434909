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

    /// The entity spans of one sentence given as token texts, as token index ranges.
    public func label(_ tokens: [String]) -> [(range: Range<Int>, kind: EntityKind)] {
        guard !tokens.isEmpty else { return [] }
        let features = extractor.extract(tokens)
        return model.labels.decode(decoder.decode(features, weights: model.weights))
    }
}
