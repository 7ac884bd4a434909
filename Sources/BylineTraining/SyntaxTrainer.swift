import Foundation
import BylineCore

/// How the tagger and parser are trained.
public struct SyntaxTrainingOptions: Sendable {
    /// Passes of the tagger over the training data.
    public var taggerEpochs = 8
    /// Passes of the parser over the training data.
    public var parserEpochs = 12
    /// Folds for jackknifed training tags: the parser learns from tags each predicted by a tagger that
    /// did not see the sentence (1: gold tags).
    public var jackknifeFolds = 4
    /// Passes of each fold's tagger.
    public var foldTaggerEpochs = 5
    /// Whether the tagger learns with its own previous tags as history, as it tags (rather than the
    /// gold ones).
    public var taggerOwnHistory = false
    /// Words seen at least this often in the tagger's training data take only the tags seen with them
    /// there (`TagDictionary`); 0: no dictionary.
    public var tagDictionaryMinimum = 0
    /// From this parser epoch on, the parser follows its own prediction with `explorationRate`
    /// (error exploration with the dynamic oracle).
    public var explorationStart = 2
    public var explorationRate = 0.9
    /// Drop features whose largest averaged weight is below these.
    public var taggerPrune: Float = 0.5
    public var movePrune: Float = 0.5
    public var labelPrune: Float = 0.5
    public var seed: UInt64 = 1

    public init() {}
}

/// Trains the tagger (greedy averaged perceptron) and the arc-hybrid parser (averaged perceptrons for
/// moves and labels, dynamic oracle with error exploration) into a `SyntaxModel`. The same sentences,
/// options and seed give the same model bytes.
public enum SyntaxTrainer {
    /// The UPOS tags in class order.
    static let tagNames = UPOS.allCases.map(\.rawValue)

    /// The averaged weights after training, before pruning and packing into a model.
    public struct Trained {
        var tagger: AveragedWeights
        var taggerClock: Int
        var tagDictionary: TagDictionary?
        var moves: AveragedWeights
        var labels: AveragedWeights
        var parserClock: Int
        var labelNames: ClassLabels

        /// The model with features below the given thresholds dropped; `log` gets the kept counts.
        public func model(taggerPrune: Float, movePrune: Float, labelPrune: Float, log: (String) -> Void = { _ in }) throws -> SyntaxModel {
            try SyntaxModel(
                tagLabels: ClassLabels(tagNames), tagWeights: table(tagger, clock: taggerClock, prune: taggerPrune, log: { log("tagger \($0)") }),
                moveWeights: table(moves, clock: parserClock, prune: movePrune, log: { log("moves \($0)") }),
                labelNames: labelNames,
                labelWeights: table(labels, clock: parserClock, prune: labelPrune, log: { log("labels \($0)") }),
                tagDictionary: tagDictionary)
        }
    }

    /// Trains on `sentences` and prunes with the options' thresholds; `log` receives progress lines.
    public static func train(_ sentences: [TreebankSentence], options: SyntaxTrainingOptions,
                             log: (String) -> Void = { _ in }) throws -> SyntaxModel {
        try trainWeights(sentences, options: options, log: log)
            .model(taggerPrune: options.taggerPrune, movePrune: options.movePrune, labelPrune: options.labelPrune, log: log)
    }

    /// A model whose tagger is trained on `sentences` (its `taggerEpochs`, `taggerOwnHistory` and
    /// `taggerPrune` options) and whose parser is `parser`'s: for retraining the tagger alone.
    public static func retrainTagger(_ sentences: [TreebankSentence], keepingParserOf parser: SyntaxModel,
                                     options: SyntaxTrainingOptions, log: (String) -> Void = { _ in }) throws -> SyntaxModel {
        var random = SplitMix64(seed: options.seed)
        let words = sentences.map { SyntaxWords($0.words) }
        let goldTags = sentences.map { $0.upos.map { tagNames.firstIndex(of: $0) ?? tagNames.count - 1 } }
        let tagger = trainTagger(words, goldTags, indices: Array(words.indices), options: options, epochs: options.taggerEpochs,
                                 random: &random, log: { log("tagger \($0)") })
        return try SyntaxModel(
            tagLabels: ClassLabels(tagNames),
            tagWeights: table(tagger.weights, clock: tagger.clock, prune: options.taggerPrune, log: { log("tagger \($0)") }),
            moveWeights: parser.moveWeights, labelNames: parser.labelNames, labelWeights: parser.labelWeights,
            tagDictionary: tagger.dictionary)
    }

    /// Trains on `sentences`; `log` receives progress lines, and `afterEpoch`, when given, the model
    /// (pruned as the options say) after each parser epoch, for tuning.
    public static func trainWeights(_ sentences: [TreebankSentence], options: SyntaxTrainingOptions,
                                    log: (String) -> Void = { _ in },
                                    afterEpoch: ((Int, SyntaxModel) -> Void)? = nil) throws -> Trained {
        var random = SplitMix64(seed: options.seed)
        let words = sentences.map { SyntaxWords($0.words) }
        let goldTags = sentences.map { $0.upos.map { tagNames.firstIndex(of: $0) ?? tagNames.count - 1 } }
        let tagger = trainTagger(words, goldTags, indices: Array(words.indices), options: options, epochs: options.taggerEpochs,
                                 random: &random, log: { log("tagger \($0)") })

        var parserTags = goldTags
        if options.jackknifeFolds > 1 {
            for fold in 0..<options.jackknifeFolds {
                let training = words.indices.filter { $0 % options.jackknifeFolds != fold }
                let foldTagger = trainTagger(words, goldTags, indices: training, options: options, epochs: options.foldTaggerEpochs,
                                             random: &random, log: { _ in })
                var correct = 0, total = 0
                for index in words.indices where index % options.jackknifeFolds == fold {
                    parserTags[index] = Tagger(weights: foldTagger.weights, dictionary: foldTagger.dictionary).tag(words[index])
                    correct += zip(parserTags[index], goldTags[index]).filter { $0 == $1 }.count
                    total += goldTags[index].count
                }
                log("jackknife fold \(fold + 1): tag accuracy \(percent(correct, total))")
            }
        }

        let labelNames = labelInventory(sentences)
        var trained = Trained(tagger: tagger.weights, taggerClock: tagger.clock, tagDictionary: tagger.dictionary, moves: AveragedWeights(labelCount: 3),
                              labels: AveragedWeights(labelCount: labelNames.count), parserClock: 0, labelNames: labelNames)
        try trainParser(sentences, words: words, tags: parserTags, options: options, trained: &trained, random: &random,
                        log: { log("parser \($0)") }) { epoch, trained in
            guard let afterEpoch else { return }
            afterEpoch(epoch, try trained.model(taggerPrune: options.taggerPrune, movePrune: options.movePrune,
                                                labelPrune: options.labelPrune))
        }
        return trained
    }

    static func percent(_ part: Int, _ whole: Int) -> String {
        String(format: "%.2f%%", whole == 0 ? 0 : 100 * Double(part) / Double(whole))
    }

    fileprivate static func table(_ weights: AveragedWeights, clock: Int, prune: Float, log: (String) -> Void) -> HashedRowTable {
        let compact = weights.compacted(clock: clock, threshold: prune)
        log("kept \(compact.keys.count) of \(weights.featureCount) features")
        return HashedRowTable(classCount: weights.labelCount, keys: compact.keys, scales: compact.scales, weights: compact.weights)
    }

    /// The relations of the training data, sorted, with the directions each was seen in as constraints
    /// ("root" only for the root).
    static func labelInventory(_ sentences: [TreebankSentence]) -> ClassLabels {
        var seen: [String: Set<ArcDirection>] = ["root": [.root]]
        for sentence in sentences {
            for (index, head) in sentence.heads.enumerated() where head >= 0 {
                seen[sentence.deprels[index], default: []].insert(index < head ? .leftward : .rightward)
            }
        }
        let names = seen.keys.sorted()
        var allowed: [Bool] = []
        for direction in [ArcDirection.leftward, .rightward, .root] {
            allowed += names.map { seen[$0]?.contains(direction) ?? false }
        }
        return ClassLabels(names, contextCount: ArcDirection.count, allowed: allowed)
    }

    // MARK: Tagger

    /// A tagger (and its tag dictionary, built from the same sentences) trained on the sentences at
    /// `indices` for `epochs` passes, with the options' history and dictionary settings.
    private static func trainTagger(_ words: [SyntaxWords], _ gold: [[Int]], indices: [Int], options: SyntaxTrainingOptions,
                                    epochs: Int, random: inout SplitMix64, log: (String) -> Void)
        -> (weights: AveragedWeights, clock: Int, dictionary: TagDictionary?) {
        let dictionary = options.tagDictionaryMinimum > 0
            ? TagDictionary(words: indices.map { words[$0] }, tags: indices.map { gold[$0] }, tagCount: tagNames.count,
                            minimumCount: options.tagDictionaryMinimum)
            : nil
        if let dictionary { log("tag dictionary: \(dictionary.table.rowCount) words") }
        var weights = AveragedWeights(labelCount: tagNames.count)
        var clock = 0
        let scores = UnsafeMutablePointer<Float>.allocate(capacity: tagNames.count)
        defer { scores.deallocate() }
        let features = indices.map { TaggerFeatures.staticFeatures(words[$0]) }
        var order = Array(features.indices)
        for epoch in 1...max(epochs, 1) {
            random.shuffle(&order)
            var correct = 0, total = 0
            for position in order {
                let sentence = indices[position]
                var previous = TaggerFeatures.noTag, beforePrevious = TaggerFeatures.noTag
                for index in 0..<words[sentence].count {
                    clock += 1
                    Tagger<AveragedWeights>.score(weights, words[sentence], features[position], at: index, previous: previous,
                                 beforePrevious: beforePrevious,
                                 allowed: Tagger<AveragedWeights>.allowed(dictionary, words[sentence], at: index), into: scores)
                    let predicted = Tagger<AveragedWeights>.best(scores, count: tagNames.count)
                    let truth = gold[sentence][index]
                    total += 1
                    if predicted == truth {
                        correct += 1
                    } else {
                        let feats = features[position]
                        let history = TaggerFeatures.historyFeatures(words[sentence], at: index, previous: previous,
                                                                     beforePrevious: beforePrevious)
                        let all = feats.hashes[feats.offsets[index]..<feats.offsets[index + 1]]
                            + [history.0, history.1, history.2, history.3, history.4]
                        for hash in all {
                            weights.update(hash, label: truth, delta: 1, clock: clock)
                            weights.update(hash, label: predicted, delta: -1, clock: clock)
                        }
                    }
                    beforePrevious = previous
                    previous = options.taggerOwnHistory ? predicted : truth
                }
            }
            log("epoch \(epoch): \(percent(correct, total)) of \(total) words, \(weights.featureCount) features")
        }
        return (weights, clock, dictionary)
    }

    // MARK: Parser

    private static func trainParser(_ sentences: [TreebankSentence], words: [SyntaxWords], tags: [[Int]],
                                    options: SyntaxTrainingOptions, trained: inout Trained, random: inout SplitMix64,
                                    log: (String) -> Void, afterEpoch: (Int, Trained) throws -> Void) rethrows {
        let labels = trained.labelNames
        var moves = AveragedWeights(labelCount: ParserMove.allCases.count)
        var labelWeights = AveragedWeights(labelCount: labels.count)
        var clock = 0
        let goldLabels = sentences.map { $0.deprels.map { labels.index(of: $0) ?? 0 } }
        var order = Array(sentences.indices)
        typealias TrainingParser = Parser<AveragedWeights, AveragedWeights>
        var scratch = TrainingParser.Scratch(labelCount: labels.count)
        defer { scratch.deallocate() }
        let rootLabel = labels.index(of: "root") ?? 0
        for epoch in 1...max(options.parserEpochs, 1) {
            random.shuffle(&order)
            var arcs = 0, correctHeads = 0, correctLabels = 0, moveMistakes = 0
            let explore = epoch >= options.explorationStart
            for index in order {
                let count = sentences[index].words.count
                let gold = sentences[index].heads.map { $0 < 0 ? count : $0 }
                let sentence = ParserFeatures.Sentence(words: words[index], tags: tags[index])
                var state = ParserState(count: count)
                while !state.isTerminal {
                    clock += 1
                    TrainingParser.scoreMoves(moves, state, sentence, &scratch)
                    let predicted = TrainingParser.bestMove(state, scratch.moveScores)
                    let costs = ArcHybridOracle.costs(state, gold: gold)
                    let cheapest = costs.min() ?? 0
                    var best: ParserMove?
                    for move in ParserMove.allCases where costs[move.rawValue] == cheapest {
                        if best == nil || scratch.moveScores[move.rawValue] > scratch.moveScores[best!.rawValue] { best = move }
                    }
                    guard let target = best else { break }
                    var chosen = target
                    if costs[predicted.rawValue] > cheapest {
                        moveMistakes += 1
                        for hash in scratch.features {
                            moves.update(hash, label: target.rawValue, delta: 1, clock: clock)
                            moves.update(hash, label: predicted.rawValue, delta: -1, clock: clock)
                        }
                        if explore, random.unit() < options.explorationRate { chosen = predicted }
                    }
                    var label = -1
                    if let (head, dependent) = state.arc(for: chosen) {
                        arcs += 1
                        label = TrainingParser.bestLabel(labelWeights, labels, rootLabel: rootLabel, state, sentence, move: chosen, &scratch)
                        if gold[dependent] == head {
                            correctHeads += 1
                            let truth = goldLabels[index][dependent]
                            if label == truth {
                                correctLabels += 1
                            } else if state.direction(for: chosen) != .root {
                                for hash in scratch.features {
                                    labelWeights.update(hash, label: truth, delta: 1, clock: clock)
                                    labelWeights.update(hash, label: label, delta: -1, clock: clock)
                                }
                                label = truth
                            }
                        }
                    }
                    state.apply(chosen, label: label)
                }
            }
            log("epoch \(epoch): \(moveMistakes) move mistakes, heads \(percent(correctHeads, arcs)), "
                + "labels \(percent(correctLabels, arcs)) of \(arcs) arcs, \(moves.featureCount) + \(labelWeights.featureCount) features")
            trained.moves = moves
            trained.labels = labelWeights
            trained.parserClock = clock
            try afterEpoch(epoch, trained)
        }
        trained.moves = moves
        trained.labels = labelWeights
        trained.parserClock = clock
    }
}
