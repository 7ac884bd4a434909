import BylineCore
@testable import BylineUI

/// `EntityArticles`' made-up article with relations placed by hand, so relation tests don't depend on
/// the extractor: Alice Moreau met and told the Harbour Board (the telling pages down), holds a title,
/// and is supported by Bruno in a claim of her own; the Harbour Board is in Lisbon; Monday has none.
enum RelationArticles {
    static func analysis() -> Analysis {
        let base = EntityArticles.analysis()
        let text = base.article.scalars
        func sentence(_ needle: String) -> TextRange {
            EntityArticles.ranges(of: needle, in: text).first ?? TextRange(start: 0, end: 0)
        }
        let first = sentence(EntityArticles.paragraphs[0])
        let told = sentence("She told the Harbour Board that Lisbon would wait.")
        let later = sentence("Later, Alice Moreau left Lisbon with Bruno.")
        let relations = [
            Relation(id: "R1", subject: "E1", predicate: .met, object: "E2", value: nil, evidence: first),
            Relation(id: "R2", subject: "E1", predicate: .told, object: "E2", value: nil, evidence: told),
            Relation(id: "R3", subject: "E1", predicate: .title, object: nil, value: "harbour pilot", evidence: first),
            Relation(id: "R4", subject: "E5", predicate: .supports, object: "E1", value: nil, evidence: later,
                     claimedBy: "E1"),
            Relation(id: "R5", subject: "E2", predicate: .locatedIn, object: "E3", value: nil, evidence: first),
        ]
        return Analysis(source: base.source, article: base.article, entities: base.entities, relations: relations)
    }
}
