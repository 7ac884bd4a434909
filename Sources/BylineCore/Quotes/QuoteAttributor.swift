/// The quotation stage of the analysis: direct quotations (`QuoteFinder`) with their speakers
/// (`SpeakerAttributor`, their confidence calibrated by `QuoteConfidence`), and reported speech
/// (`IndirectSpeechFinder`), numbered "Q1", "Q2", … in text order.
public enum QuoteAttributor {
    /// The article's quotations, direct and indirect, in text order, direct ones' confidence calibrated by
    /// `confidence`.
    public static func quotes(in document: Document, gazetteer: Gazetteer, confidence: QuoteConfidence) -> [Quote] {
        let entities = document.entities
        let context = QuoteContext(document: document, gazetteer: gazetteer)
        let attributor = SpeakerAttributor(context: context)
        let attributions = attributor.attributeAll()
        var quotes = zip(context.spans, attributions).map { span, found in
            var calibrated = found
            calibrated.confidence = confidence.calibrated(found)
            return quote(.direct, span.range, calibrated, entities: entities)
        }
        quotes += IndirectSpeechFinder(attributor: attributor).reports().map { quote(.indirect, $0.range, $0.attribution, entities: entities) }
        quotes.sort { $0.range < $1.range }
        for position in quotes.indices { quotes[position].id = "Q\(position + 1)" }
        return quotes
    }

    /// A quote record from an attribution.
    static func quote(_ kind: QuoteKind, _ range: TextRange, _ found: Attribution, entities: [Entity]) -> Quote {
        Quote(id: "", kind: kind, range: range, speaker: found.speaker.map { entities[$0].id }, speakerMention: found.speakerMention,
              cue: found.cue, addressee: found.addressee.map { entities[$0].id }, addresseeMention: found.addresseeMention,
              confidence: found.confidence)
    }
}
