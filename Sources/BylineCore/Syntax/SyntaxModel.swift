import Foundation

/// The trained tagger and parser: load it once (`bundled()` or `init(data:)`) and share it; it is an
/// immutable value. `annotate` gives an article's part-of-speech tags and dependency trees over the
/// article's own tokens and sentences, so no second tokenization is needed.
public struct SyntaxModel: Sendable {
    /// The name of the bundled model file in the core's `Models` resource folder.
    package static let bundledName = "syntax"
    /// The extension of model files.
    package static let fileExtension = "bylm"
    /// The kind a syntax model file declares (`ModelContainer`).
    package static let kind = "syntax"

    package let tagLabels: ClassLabels
    package let tagWeights: HashedRowTable
    package let moveWeights: HashedRowTable
    package let labelNames: ClassLabels
    package let labelWeights: HashedRowTable
    /// The tags frequent words may take (section "tagdict"; a model without it lets any word take any tag).
    package let tagDictionary: TagDictionary?
    /// The UPOS of each tag class.
    private let tagUPOS: [UPOS]
    /// The relation names of an article's `SyntaxLayer`: the label names, with "parataxis" added when the
    /// model has no such label (it joins the pieces of an over-long sentence).
    private let relationNames: [String]
    /// The layer's ids of "root" and "parataxis".
    private let rootID: UInt8, parataxisID: UInt8

    package init(tagLabels: ClassLabels, tagWeights: HashedRowTable, moveWeights: HashedRowTable,
                 labelNames: ClassLabels, labelWeights: HashedRowTable, tagDictionary: TagDictionary? = nil) throws {
        self.tagLabels = tagLabels
        self.tagDictionary = tagDictionary
        self.tagWeights = tagWeights
        self.moveWeights = moveWeights
        self.labelNames = labelNames
        self.labelWeights = labelWeights
        tagUPOS = try tagLabels.names.map { name in
            guard let upos = UPOS(rawValue: name) else { throw ModelFileError.malformed("tag \(name)") }
            return upos
        }
        guard let root = labelNames.index(of: "root"), labelNames.contextCount == ArcDirection.count else {
            throw ModelFileError.malformed("dependency labels")
        }
        var relationNames = labelNames.names
        if labelNames.index(of: "parataxis") == nil { relationNames.append("parataxis") }
        guard relationNames.count <= Int(UInt8.max) + 1 else { throw ModelFileError.malformed("more than 256 dependency labels") }
        self.relationNames = relationNames
        rootID = UInt8(root)
        parataxisID = UInt8(relationNames.firstIndex(of: "parataxis") ?? 0)
    }

    /// Reads a model from the bytes of a model file (`ModelContainer` layout, sections "tagger", "moves",
    /// "labels", and optionally "tagdict").
    public init(data: Data) throws {
        try self.init(container: ModelContainer.decode(data, kind: Self.kind))
    }

    /// The model of a decoded model file.
    private init(container: ModelContainer) throws {
        let tagger = try container.section("tagger")
        let moves = try container.section("moves")
        let labels = try container.section("labels")
        guard tagger.featureVersion == TaggerFeatures.version else {
            throw ModelFileError.featureVersionMismatch(section: "tagger", version: tagger.featureVersion)
        }
        for section in [moves, labels] where section.featureVersion != ParserFeatures.version {
            throw ModelFileError.featureVersionMismatch(section: section.name, version: section.featureVersion)
        }
        guard moves.labels.count == ParserMove.allCases.count else { throw ModelFileError.malformed("moves") }
        let dictionary = try container.sections.first { $0.name == "tagdict" }.map { section in
            guard section.labels.names == tagger.labels.names else { throw ModelFileError.malformed("tagdict") }
            return TagDictionary(table: section.weights)
        }
        try self.init(tagLabels: tagger.labels, tagWeights: tagger.weights, moveWeights: moves.weights,
                      labelNames: labels.labels, labelWeights: labels.weights, tagDictionary: dictionary)
    }

    /// The model as a model file's bytes.
    package func encoded() -> Data {
        let dictionary = tagDictionary.map {
            ModelContainer.Section(name: "tagdict", featureVersion: TaggerFeatures.version, labels: tagLabels, weights: $0.table)
        }
        return ModelContainer(kind: Self.kind, sections: [
            .init(name: "tagger", featureVersion: TaggerFeatures.version, labels: tagLabels, weights: tagWeights),
            .init(name: "moves", featureVersion: ParserFeatures.version,
                  labels: ClassLabels(ParserMove.allCases.map { "\($0)" }), weights: moveWeights),
            .init(name: "labels", featureVersion: ParserFeatures.version, labels: labelNames, weights: labelWeights),
        ] + (dictionary.map { [$0] } ?? [])).encoded()
    }

    /// The model shipped with the core.
    public static func bundled() throws -> SyntaxModel {
        guard let url = Bundle.module.url(forResource: bundledName, withExtension: fileExtension, subdirectory: "Models") else {
            throw ModelFileError.missingResource
        }
        return try SyntaxModel(container: ModelContainer.decode(contentsOfFile: url.path, kind: kind))
    }

    /// The tags and tree of one sentence given as its words.
    public func annotate(words: [String]) -> SentenceSyntax {
        let (tags, heads, labels) = annotate(SyntaxWords(words), lexicalScores: nil)
        return SentenceSyntax(upos: tags.map { tagUPOS[$0] }, head: heads, deprel: labels.map { labelNames.names[$0] })
    }

    /// The tag classes, heads (-1 for the root) and label classes of one sentence; `lexicalScores` as
    /// `Tagger.tag` takes them.
    private func annotate(_ words: SyntaxWords, lexicalScores: [Float]?) -> (tags: [Int], heads: [Int], labels: [Int]) {
        guard words.count > 0 else { return ([], [], []) }
        let tags = Tagger(weights: tagWeights, dictionary: tagDictionary).tag(words, lexicalScores: lexicalScores)
        let parser = Parser(moves: moveWeights, labels: labelWeights, labelNames: labelNames)
        let (heads, labels) = parser.parse(ParserFeatures.Sentence(words: words, tags: tags))
        return (tags, heads, labels)
    }

    /// The most tokens tagged and parsed as one sequence. A longer "sentence" (run-on text without full
    /// stops, punctuation without spaces: no news sentence comes near) is parsed this many tokens at a time,
    /// each piece's root attached to the first piece's root as `parataxis` (still one tree), so that its
    /// features never take memory in proportion to the text.
    static let longestSentence = 256

    /// The tags and trees of an article, per article token (`annotate(_: Document)` of its document).
    public func annotate(_ article: Article) -> SyntaxLayer {
        annotate(Document(article))
    }

    /// The tags and trees of a document, per article token. Each sentence is parsed on its own; tokens
    /// outside every sentence (there are none from `Article.parse`) are parsed as sentences of their own.
    /// Each distinct token text is shaped, hashed and scored by the tagger's lexical features once
    /// (`SyntaxLexicon`).
    public func annotate(_ document: Document) -> SyntaxLayer {
        let article = document.article
        let count = article.tokens.count
        let lexicon = SyntaxLexicon(document)
        let lexicalScores = Tagger(weights: tagWeights, dictionary: tagDictionary).lexicalScores(lexicon.distinct)
        var upos = [UPOS](repeating: .other, count: count)
        var heads = [Int32](repeating: -1, count: count)
        var relations = [UInt8](repeating: rootID, count: count)
        var next = 0
        func parse(_ range: Range<Int>) {
            var root: Int?
            for start in stride(from: range.lowerBound, to: range.upperBound, by: Self.longestSentence) {
                let piece = start..<min(range.upperBound, start + Self.longestSentence)
                let (tags, pieceHeads, labels) = annotate(lexicon.words(piece), lexicalScores: lexicalScores)
                for (offset, index) in piece.enumerated() {
                    upos[index] = tagUPOS[tags[offset]]
                    relations[index] = UInt8(labels[offset])
                    if pieceHeads[offset] >= 0 {
                        heads[index] = Int32(piece.lowerBound + pieceHeads[offset])
                    } else if let root {
                        heads[index] = Int32(root)
                        relations[index] = parataxisID
                    } else {
                        root = index
                    }
                }
            }
        }
        for sentence in article.sentences {
            let tokens = sentence.tokens.clamped(to: next..<count)
            guard !tokens.isEmpty else { continue }
            parse(next..<tokens.lowerBound)
            parse(tokens)
            next = tokens.upperBound
        }
        parse(next..<count)
        return SyntaxLayer(upos: upos, heads: heads, relationIDs: relations, relationNames: relationNames)
    }
}
