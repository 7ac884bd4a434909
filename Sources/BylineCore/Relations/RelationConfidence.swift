/// How likely a relation is to be right, by what kind of statement gave it: the share of such predictions
/// judged correct on the tuning half of the relation development set
/// (Tests/BylineCoreTests/Fixtures/Articles/tune-*, scored by ../shared/tools/score.py), smoothed as
/// (right + 1) / (predicted + 2). Counts at calibration: titles with their organization or country 22/23,
/// titles without one 12/18 (mostly right titles whose owner the text gives but the rules missed), relations
/// from verbs and nouns 18/18, located_in and part_of 8/9, authors 8/8. Relations stated in a quotation
/// keep the figure of their kind: the tuning half has none to calibrate them on.
enum RelationConfidence {
    static func of(_ predicate: Predicate, hasObject: Bool) -> Double {
        switch predicate {
        case .title: hasObject ? 0.92 : 0.65
        case .supports, .opposes, .accuses, .met, .told, .worksFor, .memberOf: 0.95
        case .locatedIn, .partOf: 0.82
        case .author: 0.90
        case .other: 0.50
        }
    }
}
