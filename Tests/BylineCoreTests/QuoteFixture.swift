import BylineCore

/// Runs the quotation stage over marked text ("⟦Ana Ruiz|person⟧ said ...") with the marked spans as
/// the named mentions, so expectations do not depend on the statistical recognizer.
enum QuoteFixture {
    /// A quotation as the tests read it.
    struct Found: Equatable, CustomStringConvertible {
        var kind: QuoteKind
        var text: String
        /// The speaker entity's name, if any.
        var speaker: String?
        var speakerMention: String?
        var cue: String?
        var addressee: String?
        var confidence: Double
        var description: String {
            "\(kind.rawValue) \(text) ← \(speaker ?? "nil") [\(speakerMention ?? "-")] cue \(cue ?? "-") to \(addressee ?? "-")"
        }
    }

    /// The bundled gazetteer, loaded once.
    static let bundled = Result { try Gazetteer.bundled() }

    /// The bundled syntax model, loaded once.
    static let syntax = Result { try SyntaxModel.bundled() }
    static let confidence = Result { try QuoteConfidence.bundled() }

    /// The quotations of the marked text, direct and indirect, with the bundled parser's syntax layer.
    static func quotes(_ marked: String) throws -> [Found] {
        let (text, mentions) = LinkerFixture.parse(marked)
        let article = Article.parse(text)
        let gazetteer = try bundled.get()
        var document = Document(article)
        document.syntax = try syntax.get().annotate(article)
        document.entities = EntityLinker.link(mentions, in: document, gazetteer: gazetteer)
        let names = Dictionary(uniqueKeysWithValues: document.entities.map { ($0.id, $0.name) })
        return QuoteAttributor.quotes(in: document, gazetteer: gazetteer, confidence: try confidence.get()).map { quote in
            Found(kind: quote.kind, text: article.string(quote.range), speaker: quote.speaker.flatMap { names[$0] },
                  speakerMention: quote.speakerMention.map(article.string), cue: quote.cue.map(article.string),
                  addressee: quote.addresseeMention.map(article.string), confidence: quote.confidence)
        }
    }

    /// The direct quotations only.
    static func direct(_ marked: String) throws -> [Found] {
        try quotes(marked).filter { $0.kind == .direct }
    }

    /// The direct quotations as "text ← speaker" lines.
    static func speakers(_ marked: String) throws -> [String] {
        try direct(marked).map { "\($0.text) ← \($0.speaker ?? "nil")" }
    }
}
