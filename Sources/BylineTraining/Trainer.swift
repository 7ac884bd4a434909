import BylineCore

/// Trains the entity labeller: a greedy averaged perceptron over the features of `FeatureExtractor`.
package enum Trainer {
    /// One sentence ready for training.
    struct Instance {
        var features: SentenceFeatures
        var gold: [Int]
        /// Per token, the kinds that may stand there without penalty (see `LabelSet+PartialLabels`).
        var free: [LabelSet.KindMask]
        var isSilver: Bool
    }

    /// Trains on the given corpora; `log` receives one line per epoch.
    package static func train(_ corpora: [Corpus], options: TrainingOptions, extractor: FeatureExtractor = FeatureExtractor(),
                              log: (String) -> Void = { _ in }) -> EntityModel {
        let labels = LabelSet(scheme: options.scheme, kinds: options.kinds)
        var random = SplitMix64(seed: options.seed)
        let instances = makeInstances(corpora, labels: labels, options: options, extractor: extractor, random: &random)
        let decoder = GreedyDecoder(labels: labels)
        var weights = AveragedWeights(labelCount: labels.count)
        var clock = 0
        let scores = UnsafeMutablePointer<Float>.allocate(capacity: labels.count)
        defer { scores.deallocate() }
        for epoch in 1...max(options.epochs, 1) {
            var order: [Int] = []
            for (index, instance) in instances.enumerated() {
                if instance.isSilver {
                    if options.silverFraction >= 1 || random.unit() < options.silverFraction { order.append(index) }
                } else {
                    order.append(contentsOf: repeatElement(index, count: max(options.goldRepeat, 1)))
                }
            }
            random.shuffle(&order)
            var tokens = 0
            var mistakes = 0
            for index in order {
                let instance = instances[index]
                let features = instance.features
                var previous = LabelSet.outside
                var beforePrevious = LabelSet.outside
                for position in 0..<features.count {
                    clock += 1
                    tokens += 1
                    let isLast = position == features.count - 1
                    decoder.score(features, at: position, previous: previous, beforePrevious: beforePrevious, weights: weights, into: scores)
                    let predicted = decoder.best(scores, after: previous, isLast: isLast)
                    let gold = instance.gold[position]
                    var chosen = predicted
                    if !labels.accepts(predicted, gold: gold, free: instance.free[position],
                                       nextFree: isLast ? 0 : instance.free[position + 1]) {
                        mistakes += 1
                        let target = labels.target(gold: gold, previous: previous)
                        let history = features.historyHashes(at: position, previous: previous, beforePrevious: beforePrevious)
                        for hash in features.hashes(at: position) + [history.0, history.1, history.2, history.3] {
                            weights.update(hash, label: target, delta: 1, clock: clock)
                            weights.update(hash, label: predicted, delta: -1, clock: clock)
                        }
                        chosen = target
                    }
                    beforePrevious = previous
                    previous = chosen
                }
            }
            let accuracy = tokens == 0 ? 0 : 100 * Double(tokens - mistakes) / Double(tokens)
            log("epoch \(epoch): \(order.count) sentences, \(tokens) tokens, \(mistakes) mistakes (\(String(format: "%.2f", accuracy))% agreed), \(weights.featureCount) features")
        }
        let compact = weights.compacted(clock: clock, threshold: options.pruneThreshold)
        log("kept \(compact.keys.count) of \(weights.featureCount) features")
        return EntityModel(labels: labels, weights: PerceptronWeights(labelCount: labels.count, keys: compact.keys, scales: compact.scales, weights: compact.weights),
                           usesGazetteerFeatures: extractor.gazetteer != nil)
    }

    /// The training sentences with their features, gold labels and free kinds, plus headline-cased
    /// copies of a share of them.
    static func makeInstances(_ corpora: [Corpus], labels: LabelSet, options: TrainingOptions,
                              extractor: FeatureExtractor, random: inout SplitMix64) -> [Instance] {
        let allKinds: LabelSet.KindMask = (1 << labels.kinds.count) - 1
        var instances: [Instance] = []
        for corpus in corpora {
            var missing: LabelSet.KindMask = 0
            if options.partialLabels {
                for (index, kind) in labels.kinds.enumerated() where !corpus.annotatedKinds.contains(kind) {
                    missing |= 1 << index
                }
            }
            for sentence in corpus.sentences where !sentence.tokens.isEmpty {
                let gold = labels.encode(sentence.mentions.map { ($0.range, $0.kind) }, length: sentence.tokens.count)
                var free = gold.map { $0 == LabelSet.outside ? missing : 0 }
                for range in sentence.unknown {
                    for index in range where gold[index] == LabelSet.outside { free[index] = allKinds }
                }
                var variants = [sentence.tokens]
                let draw = random.unit()
                if draw < options.headlineRate {
                    variants.append(HeadlineCasing.titleCased(sentence.tokens))
                } else if draw < options.headlineRate * 1.5 {
                    variants.append(HeadlineCasing.upperCased(sentence.tokens))
                }
                for tokens in variants {
                    instances.append(Instance(features: extractor.extract(tokens), gold: gold, free: free, isSilver: corpus.isSilver))
                }
            }
        }
        return instances
    }
}
