/// The greedy labelled dependency parser.
///
/// Design: the arc-hybrid transition system with the root at the end of the buffer, scored by two
/// averaged perceptrons, and trained with Goldberg and Nivre's dynamic oracle (exploring its own
/// mistakes, `BylineTraining/ParserTrainer`). A greedy transition parser is linear in the sentence, needs
/// no beam, and with rich hand-made features (`ParserFeatures`) lands within a few points of neural
/// parsers on English while running far faster and shipping as a small table; arc-hybrid rather than
/// arc-eager because its dynamic oracle is simple and exact for projective trees, and every sequence of
/// valid moves ends in a tree. The move (shift, left, right) and the arc's label are scored by separate
/// classifiers: the move table has three weights per feature, and the label classifier (about fifty
/// labels) reads only a small set of head/dependent features when an arc is made, which keeps the model
/// small and the parse fast at a small cost in labelled accuracy.
package struct Parser<Moves: FeatureWeights, Labels: FeatureWeights> {
    package let moves: Moves
    package let labels: Labels
    /// The label names with the labels allowed per `ArcDirection`.
    package let labelNames: ClassLabels
    /// The index of "root".
    package let rootLabel: Int

    package init(moves: Moves, labels: Labels, labelNames: ClassLabels) {
        self.moves = moves
        self.labels = labels
        self.labelNames = labelNames
        rootLabel = labelNames.index(of: "root") ?? 0
    }

    /// Scratch space for one parse.
    package struct Scratch {
        /// The features last extracted (the move's, then the label's when an arc is labelled).
        package var features: [UInt64] = []
        package let moveScores = UnsafeMutablePointer<Float>.allocate(capacity: 3)
        package let labelScores: UnsafeMutablePointer<Float>

        package init(labelCount: Int) {
            features.reserveCapacity(128)
            labelScores = UnsafeMutablePointer<Float>.allocate(capacity: max(labelCount, 1))
        }

        package func deallocate() {
            moveScores.deallocate()
            labelScores.deallocate()
        }
    }

    /// The move scores of a configuration, written to `scratch.moveScores`.
    @inline(__always)
    package static func scoreMoves(_ moves: Moves, _ state: ParserState, _ sentence: ParserFeatures.Sentence, _ scratch: inout Scratch) {
        ParserFeatures.moveFeatures(state, sentence, into: &scratch.features)
        scratch.moveScores.update(repeating: 0, count: 3)
        let scores = scratch.moveScores
        scratch.features.withUnsafeBufferPointer { moves.accumulate($0, into: scores) }
    }

    /// The best valid move by `scores` (shift first on ties).
    @inline(__always)
    package static func bestMove(_ state: ParserState, _ scores: UnsafeMutablePointer<Float>) -> ParserMove {
        var best: ParserMove?
        for move in ParserMove.allCases where state.isValid(move) {
            if best == nil || scores[move.rawValue] > scores[best!.rawValue] { best = move }
        }
        return best ?? .shift
    }

    /// The best allowed label for the arc `move` would make (the root label for a root arc), with the
    /// label features left in `scratch.features` and the scores in `scratch.labelScores`.
    @inline(__always)
    package static func bestLabel(_ labels: Labels, _ labelNames: ClassLabels, rootLabel: Int, _ state: ParserState,
                                  _ sentence: ParserFeatures.Sentence, move: ParserMove, _ scratch: inout Scratch) -> Int {
        guard let (head, dependent) = state.arc(for: move) else { return -1 }
        let direction = state.direction(for: move)
        guard direction != .root else { return rootLabel }
        ParserFeatures.labelFeatures(state, sentence, head: head, dependent: dependent, direction: direction, into: &scratch.features)
        let count = labelNames.count
        scratch.labelScores.update(repeating: 0, count: count)
        let scores = scratch.labelScores
        scratch.features.withUnsafeBufferPointer { labels.accumulate($0, into: scores) }
        var best = -1
        for label in 0..<count where label != rootLabel && labelNames.allows(label, in: direction.rawValue) {
            if best == -1 || scratch.labelScores[label] > scratch.labelScores[best] { best = label }
        }
        return best == -1 ? (rootLabel == 0 && count > 1 ? 1 : 0) : best
    }

    /// The heads (-1 for the root) and label indices of a sentence's words, given their tags.
    package func parse(_ sentence: ParserFeatures.Sentence) -> (heads: [Int], labels: [Int]) {
        let count = sentence.words.count
        var state = ParserState(count: count)
        var scratch = Scratch(labelCount: labelNames.count)
        defer { scratch.deallocate() }
        while !state.isTerminal {
            Self.scoreMoves(moves, state, sentence, &scratch)
            let move = Self.bestMove(state, scratch.moveScores)
            let label = move == .shift ? -1 : Self.bestLabel(labels, labelNames, rootLabel: rootLabel, state, sentence, move: move, &scratch)
            state.apply(move, label: label)
        }
        return (state.heads.map { $0 == count ? -1 : $0 }, state.labels)
    }
}
