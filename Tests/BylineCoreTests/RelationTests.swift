import BylineCore
import Testing

/// Runs relation extraction over marked text ("⟦Ana Ruiz|person⟧ met ...") with the marked spans as the
/// named mentions, so expectations do not depend on the statistical recognizer.
enum RelationFixture {
    /// The relations as "Subject predicate Object-or-value" lines, with " (claim of Speaker)" for claims.
    static func relations(_ marked: String) throws -> [String] {
        try analyze(marked).lines
    }

    /// The bundled tagger and parser, loaded once: relation rules read the sentences' dependency trees.
    static let syntax = Result { try SyntaxModel.bundled() }

    /// The relations' lines and the byline.
    static func analyze(_ marked: String) throws -> (lines: [String], byline: [String]) {
        let (text, mentions) = LinkerFixture.parse(marked)
        let article = Article.parse(text)
        let gazetteer = try QuoteFixture.bundled.get()
        var document = Document(article)
        document.syntax = try syntax.get().annotate(article)
        document.entities = EntityLinker.link(mentions, in: document, gazetteer: gazetteer)
        document.quotes = QuoteAttributor.quotes(in: document, gazetteer: gazetteer, confidence: .raw)
        let entities = document.entities
        let relations = RelationExtractor.relations(in: document, gazetteer: gazetteer)
        let names = Dictionary(uniqueKeysWithValues: entities.map { ($0.id, $0.name) })
        let lines = relations.map { relation in
            var line = "\(names[relation.subject] ?? "?") \(relation.predicate.rawValue)"
            if let object = relation.object { line += " \(names[object] ?? "?")" }
            if let value = relation.value { line += " [\(value)]" }
            if relation.quote != nil { line += " (claim of \(relation.claimedBy.flatMap { names[$0] } ?? "nil"))" }
            return line
        }
        return (lines, RelationExtractor.byline(relations, entities: entities))
    }
}

/// Relation extraction on small made-up articles: ids, evidence and the JSON keys for claims.
@Suite struct RelationTests {
    @Test func relationsAreNumberedWithTheirSentenceAsEvidence() throws {
        let (text, mentions) = LinkerFixture.parse("It rained. ⟦Ann Bell|person⟧ met ⟦Karl Moe|person⟧ in ⟦Oslo|place⟧.")
        let article = Article.parse(text)
        let gazetteer = try QuoteFixture.bundled.get()
        var document = Document(article)
        document.entities = EntityLinker.link(mentions, in: document, gazetteer: gazetteer)
        let relations = RelationExtractor.relations(in: document, gazetteer: gazetteer)
        #expect(relations.map(\.id) == ["R1"])
        #expect(relations.first.map { article.string($0.evidence) } == "Ann Bell met Karl Moe in Oslo.")
        #expect(relations.first?.claimedBy == nil)
    }

    @Test func pronounSubjectsCount() throws {
        let found = try RelationFixture.relations("⟦Ann Bell|person⟧ flew in on Monday. She met ⟦Karl Moe|person⟧ in ⟦Oslo|place⟧.")
        #expect(found == ["Ann Bell met Karl Moe"])
    }

    @Test func onlyEntitiesOfTheArticleAreJoined() throws {
        let found = try RelationFixture.relations("⟦Ann Bell|person⟧ met the finance minister on Monday.")
        #expect(found.isEmpty)
    }

    @Test func claimsAreWrittenInTheJSON() throws {
        let (text, mentions) = LinkerFixture.parse("“⟦Ann Bell|person⟧ supports ⟦Karl Moe|person⟧,” ⟦Lia Park|person⟧ said.")
        let article = Article.parse(text)
        let gazetteer = try QuoteFixture.bundled.get()
        var document = Document(article)
        document.entities = EntityLinker.link(mentions, in: document, gazetteer: gazetteer)
        document.quotes = QuoteAttributor.quotes(in: document, gazetteer: gazetteer, confidence: .raw)
        let (entities, quotes) = (document.entities, document.quotes)
        let relations = RelationExtractor.relations(in: document, gazetteer: gazetteer)
        let analysis = Analysis(source: "test", article: article, entities: entities, quotes: quotes, relations: relations)
        let json = AnalysisJSON.encode(analysis, pretty: false)
        let speaker = entities.first { $0.name == "Lia Park" }?.id ?? "none"
        #expect(json.contains("\"claimed_by\":\"\(speaker)\""))
        #expect(json.contains("\"quote\":\"Q1\""))
    }
}
