/// How likely a relation is to be right, by what kind of statement gave it: the share of such predictions
/// judged correct on the tuning half of the relation development set
/// (Tests/BylineCoreTests/Fixtures/Articles/tune-*, scored by ../shared/tools/score.py; `score_set.py …
/// tune --calibration` prints the counts), smoothed as (right + 1) / (predicted + 2). Counts at calibration:
/// titles with their organization or country 23/24, titles without one 13/19 (mostly right titles whose
/// owner the text gives but the rules or the recognizer missed), relations from verbs and nouns (supports,
/// opposes, accuses, met, told, works_for, member_of) 19/19, located_in and part_of 9/10, authors 8/8.
/// Relations stated in a quotation keep the figure of their kind: the tuning half has none to calibrate
/// them on.
enum RelationConfidence {
    static func of(_ predicate: Predicate, hasObject: Bool) -> Double {
        switch predicate {
        case .title: hasObject ? 0.92 : 0.67
        case .supports, .opposes, .accuses, .met, .told, .worksFor, .memberOf: 0.95
        case .locatedIn, .partOf: 0.83
        case .author: 0.90
        case .other: 0.50
        }
    }
}
