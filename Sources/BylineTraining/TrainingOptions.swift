import BylineCore

/// How to train the entity labeller. The defaults are the settings that scored best on the held-out
/// splits (BIO beat BILOU, half the silver sentences per epoch beat all or 30 %, plain `O` beat partial
/// labels for missing kinds, and pruning below 1 cost little while halving the model).
package struct TrainingOptions: Sendable {
    /// Passes over the training data.
    package var epochs = 8
    /// Seeds the order of sentences and the sampling; the same seed gives the same model bytes.
    package var seed: UInt64 = 1
    package var scheme: LabelScheme = .bio
    /// The kinds to learn, in label order.
    package var kinds: [EntityKind] = [.person, .organization, .place, .group, .date, .event, .work, .product]
    /// The share of the silver (GMB) sentences drawn afresh for each epoch.
    package var silverFraction = 0.5
    /// How many times each hand-annotated sentence is seen per epoch.
    package var goldRepeat = 1
    /// Whether kinds a corpus does not annotate may stand on its `O` tokens without penalty (partial
    /// labels); otherwise `O` means `O`.
    package var partialLabels = false
    /// The share of training sentences added again in title case (and half as many in capitals), so the
    /// model copes with headlines.
    package var headlineRate = 0.05
    /// Features whose largest averaged weight is below this are dropped from the model.
    package var pruneThreshold: Float = 1

    package init() {}
}
