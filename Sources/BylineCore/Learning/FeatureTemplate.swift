/// The feature templates of the entity labeller. Each feature is a template's tag hashed together with
/// the values it looks at; the tags are fixed numbers so that a model keeps meaning the same features.
/// Changing what a template computes requires a new `FeatureExtractor.version`.
package enum FeatureTemplate: UInt64, CaseIterable, Sendable {
    case bias = 1
    case word, lower, shape
    case prefix1, prefix2, prefix3, prefix4
    case suffix1, suffix2, suffix3, suffix4
    case lowerBefore2, lowerBefore1, lowerAfter1, lowerAfter2
    case shapeBefore2, shapeBefore1, shapeAfter1, shapeAfter2
    case lowerPairBefore, lowerPairAfter
    case shapePairBefore, shapePairAfter, shapeTriple
    case position, positionShape
    case headline, headlineLower, headlineShape
    case gazetteer
    case previousLabel, previousTwoLabels, previousLabelLower, previousLabelShape

    /// The template's tag as a hash seed.
    @inline(__always)
    package var tag: UInt64 { StableHash.mix(rawValue) }
}
