import Foundation

/// The treebanks the tagger and parser learn from, split deterministically:
/// - UD English-EWT (`ud-english-ewt/`): the train file for training, the dev file for tuning and figures;
/// - GUM (`gum/dep_conllu/`): documents sorted by name, every 5th (the 5th, 10th, …) held out, the same
///   split as the entity model's (`CorpusLoader`).
///
/// Training sentences come in the treebank's tokenization and, where it differs, once more in Byline's
/// (`Retokenizer`), so that the model parses both: gold-tokenized text and Byline's own tokens.
public enum SyntaxCorpus {
    /// The training and held-out sentences.
    public struct Splits: Sendable {
        public var training: [TreebankSentence]
        /// EWT dev, treebank tokenization.
        public var dev: [CoNLLUSentence]
        /// Held-out GUM documents, treebank tokenization.
        public var gumHeldOut: [CoNLLUSentence]
        /// How many training sentences were added in Byline's tokenization.
        public var retokenized: Int
    }

    public static let ewtTrain = "ud-english-ewt/en_ewt-ud-train.conllu"
    public static let ewtDev = "ud-english-ewt/en_ewt-ud-dev.conllu"
    public static let gumFolder = "gum/dep_conllu"

    /// Loads the treebanks under `directory`; `limit` keeps only the first sentences of each source.
    public static func load(from directory: URL, limit: Int? = nil, bylineTokens: Bool = true) throws -> Splits {
        func read(_ path: String) throws -> [CoNLLUSentence] {
            let url = directory.appendingPathComponent(path)
            do {
                return try CoNLLU.read(try String(contentsOf: url, encoding: .utf8))
            } catch let error as CoNLLUError {
                throw CoNLLUError(line: error.line, reason: "\(url.path): \(error.reason)")
            }
        }
        func capped(_ sentences: [CoNLLUSentence]) -> [CoNLLUSentence] {
            limit.map { Array(sentences.prefix($0)) } ?? sentences
        }
        var trainingSource = capped(try read(ewtTrain))
        let dev = capped(try read(ewtDev))
        var gumTraining: [CoNLLUSentence] = []
        var gumHeldOut: [CoNLLUSentence] = []
        let gumURL = directory.appendingPathComponent(gumFolder)
        if let names = try? FileManager.default.contentsOfDirectory(atPath: gumURL.path) {
            for (index, name) in names.filter({ $0.hasSuffix(".conllu") }).sorted().enumerated() {
                let sentences = try read("\(gumFolder)/\(name)")
                if index % 5 == 4 { gumHeldOut += sentences } else { gumTraining += sentences }
            }
        }
        trainingSource += capped(gumTraining)
        var training: [TreebankSentence] = []
        var retokenized = 0
        for sentence in trainingSource {
            guard let gold = TreebankSentence(sentence), gold.isTree else { continue }
            training.append(gold)
            if bylineTokens, let byline = Retokenizer.bylineTokens(sentence), byline.words != gold.words {
                training.append(byline)
                retokenized += 1
            }
        }
        return Splits(training: training, dev: dev, gumHeldOut: capped(gumHeldOut), retokenized: retokenized)
    }
}
