/// Proper-name mentions by the statistical recognizer corrected by rules and gazetteers (`MentionFinder`).
struct NameStage: AnalysisStage {
    let recognizer: EntityRecognizer
    let gazetteer: Gazetteer
    var requires: Set<DocumentLayer> { [.tokens] }
    var produces: Set<DocumentLayer> { [.names] }

    func annotate(_ document: inout Document) {
        document.names = MentionFinder.find(in: document, recognizer: recognizer, gazetteer: gazetteer)
    }
}

/// Universal parts of speech and a dependency tree for every sentence (`SyntaxModel`).
struct SyntaxStage: AnalysisStage {
    let model: SyntaxModel
    var requires: Set<DocumentLayer> { [.tokens] }
    var produces: Set<DocumentLayer> { [.syntax] }

    func annotate(_ document: inout Document) {
        document.syntax = model.annotate(document)
    }
}

/// Entities: names grouped by referent, with title and pronoun mentions (`EntityLinker`).
struct LinkingStage: AnalysisStage {
    let gazetteer: Gazetteer
    var requires: Set<DocumentLayer> { [.tokens, .names] }
    var produces: Set<DocumentLayer> { [.entities] }

    func annotate(_ document: inout Document) {
        document.entities = EntityLinker.link(document.names, in: document, gazetteer: gazetteer)
    }
}

/// Quotations with speakers, cues and addressees (`QuoteAttributor`).
struct QuoteStage: AnalysisStage {
    let gazetteer: Gazetteer
    let confidence: QuoteConfidence
    var requires: Set<DocumentLayer> { [.tokens, .syntax, .entities] }
    var produces: Set<DocumentLayer> { [.quotes] }

    func annotate(_ document: inout Document) {
        document.quotes = QuoteAttributor.quotes(in: document, gazetteer: gazetteer, confidence: confidence)
    }
}

/// Relations between entities, claims kept apart (`RelationExtractor`).
struct RelationStage: AnalysisStage {
    let gazetteer: Gazetteer
    var requires: Set<DocumentLayer> { [.tokens, .syntax, .entities, .quotes] }
    var produces: Set<DocumentLayer> { [.relations] }

    func annotate(_ document: inout Document) {
        document.relations = RelationExtractor.relations(in: document, gazetteer: gazetteer)
    }
}
