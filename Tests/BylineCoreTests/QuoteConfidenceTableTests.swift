@testable import BylineCore
import Testing

/// The quotation confidence table: reading and writing it, fitting it from tallies, and calibrating a
/// raw confidence with it (numbers invented for the tests).
@Suite struct QuoteConfidenceTableTests {
    @Test func textRoundTrips() throws {
        let table = QuoteConfidence(bins: [
            .init(raw: 0.5, named: false, count: 40, share: 0.6), .init(raw: 0.9, named: true, count: 300, share: 0.97),
        ])
        let read = try QuoteConfidence(text: table.text(header: ["a header line"]))
        #expect(read == table)
    }

    @Test func malformedLineIsReportedWithItsNumber() {
        #expect(throws: QuoteConfidence.Failure(line: 2)) { try QuoteConfidence(text: "# header\n0.5\tyes\t3\t0.4\n") }
    }

    @Test func smallTalliesFoldIntoTheNearestOfTheirKind() {
        let tallies: [QuoteConfidence.Tally] = [
            .init(raw: 0.9, named: true, count: 200, right: 190), .init(raw: 0.85, named: true, count: 4, right: 1),
            .init(raw: 0.5, named: true, count: 50, right: 40), .init(raw: 0.5, named: false, count: 3, right: 3),
        ]
        let fitted = QuoteConfidence.fitted(tallies)
        #expect(fitted == QuoteConfidence.fitted(tallies.reversed()))
        #expect(fitted.bins == [
            .init(raw: 0.5, named: false, count: 3, share: 1.0),
            .init(raw: 0.5, named: true, count: 50, share: 0.8), .init(raw: 0.9, named: true, count: 204, share: 0.94),
        ])
    }

    @Test func calibrationTakesTheNearestBinOfTheKind() {
        let table = QuoteConfidence(bins: [
            .init(raw: 0.5, named: false, count: 20, share: 0.4), .init(raw: 0.9, named: true, count: 90, share: 0.95),
        ])
        #expect(table.calibrated(Attribution(speaker: 0, confidence: 0.85)) == 0.95)
        #expect(table.calibrated(Attribution(speakerMention: TextRange(start: 0, end: 2), confidence: 0.75)) == 0.4)
        #expect(table.calibrated(.unattributed) == QuoteConfidence.unattributed)
        #expect(QuoteConfidence.raw.calibrated(Attribution(speaker: 0, confidence: 0.75)) == 0.75)
    }

    @Test func bundledTableHoldsShares() throws {
        let table = try QuoteConfidence.bundled()
        #expect(!table.bins.isEmpty)
        #expect(table.bins.allSatisfy { (0...1).contains($0.share) && $0.count >= QuoteConfidence.smallestBin })
    }
}
