import BylineCore

/// A named set of annotated sentences and the entity kinds its annotators marked: a kind missing from
/// `annotatedKinds` may hide under any `O` token, so training need not punish it there and evaluation
/// does not count it.
public struct Corpus: Sendable {
    public var name: String
    public var annotatedKinds: Set<EntityKind>
    /// Whether the labels are partly automatic ("silver"), as in the GMB.
    public var isSilver: Bool
    public var sentences: [AnnotatedSentence]
    /// The documents as ranges of sentence indices, where the corpus keeps them and they should be read
    /// whole (nil: every sentence stands alone).
    public var documents: [Range<Int>]?

    public init(name: String, annotatedKinds: Set<EntityKind>, isSilver: Bool, sentences: [AnnotatedSentence],
                documents: [Range<Int>]? = nil) {
        self.name = name
        self.annotatedKinds = annotatedKinds
        self.isSilver = isSilver
        self.sentences = sentences
        self.documents = documents
    }

    /// The number of tokens.
    public var tokenCount: Int { sentences.reduce(0) { $0 + $1.tokens.count } }
}

extension Corpus {
    /// Every 9th block of 100 sentences (documents kept whole where the corpus has them), named
    /// `NAME-train`: a training corpus's slice for reading the pipeline's mistakes.
    public var analysisSlice: Corpus {
        let kept = sentences.indices.filter { ($0 / 100) % 9 == 0 }
        return Corpus(name: name + "-train", annotatedKinds: annotatedKinds, isSilver: isSilver, sentences: kept.map { sentences[$0] })
    }
}
