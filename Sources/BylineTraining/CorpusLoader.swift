import BylineCore
import Foundation

/// Loads the training corpora from the shared corpora folder and splits each into training and
/// held-out parts, deterministically:
///
/// - GMB (`gmb-ner/gmb-ner.tsv`): sentences in blocks of 100 in file order; every 10th block (blocks
///   9, 19, …) is held out, so held-out sentences rarely share a story with training ones.
/// - Universal NER English-EWT (`uner-english-ewt/`): train file for training, dev file held out.
/// - GUM (`gum/dep_conllu/`): documents sorted by name; every 5th (the 5th, 10th, …) is held out.
/// - Wikigold (`wikigold/wikigold.conll.txt`): documents in file order, split by `WikigoldPart`: every
///   5th (the 5th, 10th, …) is held out and read whole; every 5th from the 4th (the 4th, 9th, …) is
///   never trained on and serves error analysis (`Splits.analysis`); the other three fifths are trained on.
///
/// Beside the held-out GMB split, its running-prose sentences (`Corpus.runningProse`) are a view of
/// their own, the closest to an article's body.
///
/// Person spans lose leading titles everywhere (`TitleTrimmer`).
public enum CorpusLoader {
    /// What each corpus annotates.
    public static let gmbKinds: Set<EntityKind> = [.person, .organization, .place, .group, .date, .event, .work]
    public static let unerKinds: Set<EntityKind> = [.person, .organization, .place]
    public static let gumKinds: Set<EntityKind> = [.person, .organization, .place, .date, .event]

    /// The corpora split for training and evaluation.
    public struct Splits: Sendable {
        public var training: [Corpus]
        public var heldOut: [Corpus]
        /// Parts set aside for error analysis: never trained on, never reported as held-out figures
        /// (Wikigold's analysis fifth), so rules can be tuned on them.
        public var analysis: [Corpus] = []
    }

    /// Loads every corpus found under `directory`; `limit` keeps only the first sentences of each file
    /// (for quick runs and tests); `trimTitles` takes titles off person spans.
    public static func load(from directory: URL, limit: Int? = nil, trimTitles: Bool = true) throws -> Splits {
        var splits = Splits(training: [], heldOut: [], analysis: [])
        let gmbFile = directory.appendingPathComponent("gmb-ner/gmb-ner.tsv")
        if FileManager.default.fileExists(atPath: gmbFile.path) {
            let sentences = gmb(try String(contentsOf: gmbFile, encoding: .utf8), limit: limit)
            var training: [AnnotatedSentence] = []
            var heldOut: [AnnotatedSentence] = []
            for (index, sentence) in sentences.enumerated() {
                if (index / 100) % 10 == 9 { heldOut.append(sentence) } else { training.append(sentence) }
            }
            splits.training.append(Corpus(name: "gmb", annotatedKinds: gmbKinds, isSilver: true, sentences: training))
            let corpus = Corpus(name: "gmb-heldout", annotatedKinds: gmbKinds, isSilver: true, sentences: heldOut)
            splits.heldOut += [corpus, corpus.runningProse()]
        }
        let unerFolder = directory.appendingPathComponent("uner-english-ewt")
        for (file, name, isTraining) in [("en_ewt-ud-train.iob2", "uner", true), ("en_ewt-ud-dev.iob2", "uner-dev", false)] {
            let url = unerFolder.appendingPathComponent(file)
            guard FileManager.default.fileExists(atPath: url.path) else { continue }
            let corpus = Corpus(name: name, annotatedKinds: unerKinds, isSilver: false,
                                sentences: uner(try String(contentsOf: url, encoding: .utf8), limit: limit))
            if isTraining { splits.training.append(corpus) } else { splits.heldOut.append(corpus) }
        }
        let gumFolder = directory.appendingPathComponent("gum/dep_conllu")
        if let names = try? FileManager.default.contentsOfDirectory(atPath: gumFolder.path) {
            var training: [AnnotatedSentence] = []
            var heldOut: [AnnotatedSentence] = []
            for (index, name) in names.filter({ $0.hasSuffix(".conllu") }).sorted().enumerated() {
                let sentences = GUMReader.read(try String(contentsOf: gumFolder.appendingPathComponent(name), encoding: .utf8))
                if index % 5 == 4 { heldOut += sentences } else { training += sentences }
            }
            splits.training.append(Corpus(name: "gum", annotatedKinds: gumKinds, isSilver: false, sentences: capped(training, limit)))
            splits.heldOut.append(Corpus(name: "gum-heldout", annotatedKinds: gumKinds, isSilver: false, sentences: capped(heldOut, limit)))
        }
        let wikigoldFile = directory.appendingPathComponent("wikigold/wikigold.conll.txt")
        if FileManager.default.fileExists(atPath: wikigoldFile.path) {
            let documents = WikigoldReader.documents(try String(contentsOf: wikigoldFile, encoding: .utf8))
            for part in WikigoldPart.allCases {
                var sentences: [AnnotatedSentence] = []
                var ranges: [Range<Int>] = []
                for (index, document) in documents.enumerated() where WikigoldPart(documentIndex: index) == part {
                    let kept = limit.map { Array(document.prefix(max(0, $0 - sentences.count))) } ?? document
                    guard !kept.isEmpty else { break }
                    ranges.append(sentences.count..<(sentences.count + kept.count))
                    sentences += kept
                }
                let corpus = Corpus(name: part.rawValue, annotatedKinds: WikigoldReader.kinds,
                                    isSilver: false, sentences: sentences, documents: ranges)
                switch part {
                case .training: splits.training.append(corpus)
                case .analysis: splits.analysis.append(corpus)
                case .heldOut: splits.heldOut.append(corpus)
                }
            }
        }
        guard trimTitles else { return splits }
        let trimmer = TitleTrimmer()
        splits.training = splits.training.map(trimmer.trim)
        splits.heldOut = splits.heldOut.map(trimmer.trim)
        splits.analysis = splits.analysis.map(trimmer.trim)
        return splits
    }

    /// GMB sentences: token, POS, IOB2 tag; `nat` (natural phenomena) and unknown types are not entities.
    public static func gmb(_ text: String, limit: Int? = nil) -> [AnnotatedSentence] {
        IOBReader.sentences(text, tokenColumn: 0, tagColumn: 2, limit: limit).map { raw in
            AnnotatedSentence(tokens: raw.tokens, mentions: IOBReader.spans(raw.tags) { type in
                switch type {
                case "per": .person
                case "org": .organization
                case "geo": .place
                case "gpe": .group
                case "tim": .date
                case "eve": .event
                case "art": .work
                default: nil
                }
            })
        }
    }

    /// Which part of Wikigold a document belongs to, by its place in the file (0-based).
    public enum WikigoldPart: String, CaseIterable, Sendable {
        case training = "wikigold"
        case analysis = "wikigold-analysis"
        case heldOut = "wikigold-heldout"

        public init(documentIndex index: Int) {
            switch index % 5 {
            case 4: self = .heldOut
            case 3: self = .analysis
            default: self = .training
            }
        }
    }

    /// Universal NER sentences: index, token, IOB2 tag; `OTH` and stray tags are not entities.
    /// Hyphenated words the tokenization split are joined back using the `# text =` comment.
    public static func uner(_ text: String, limit: Int? = nil) -> [AnnotatedSentence] {
        IOBReader.sentences(text, tokenColumn: 1, tagColumn: 2, limit: limit).map { raw in
            let sentence = AnnotatedSentence(tokens: raw.tokens, mentions: IOBReader.spans(raw.tags) { type in
                switch type {
                case "PER": .person
                case "ORG": .organization
                case "LOC": .place
                default: nil
                }
            })
            guard let text = raw.text else { return sentence }
            return sentence.joiningHyphens(spaceAfter: AnnotatedSentence.spaceAfter(raw.tokens, in: text))
        }
    }

    private static func capped(_ sentences: [AnnotatedSentence], _ limit: Int?) -> [AnnotatedSentence] {
        guard let limit else { return sentences }
        return Array(sentences.prefix(limit))
    }
}
