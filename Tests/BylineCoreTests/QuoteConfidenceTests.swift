import BylineCore
import Testing

/// Calibrated confidence on direct quotations (examples written for the project): a name next to its cue
/// is surer than a nominal speaker read from a clause, and a quotation credited to nobody is near zero.
@Suite struct QuoteConfidenceTests {
    @Test func confidenceFollowsHowTheSpeakerWasFound() throws {
        let found = try QuoteFixture.direct("""
            “The harbor will reopen in May,” ⟦Ana Ruiz|person⟧ said. Critics saw a “triumph” of spin.
            """)
        #expect(found.map(\.speaker) == ["Ana Ruiz", nil])
        #expect(found[0].confidence >= 0.9)
        #expect(found[1].confidence < 0.1)
    }

    @Test func everyConfidenceIsAShare() throws {
        let found = try QuoteFixture.direct("""
            Officials at the port called the delay “regrettable.” “We will pay,” a spokeswoman said. “Soon.”
            """)
        #expect(found.count == 3)
        #expect(found.allSatisfy { (0...1).contains($0.confidence) })
        #expect(found.filter { $0.speakerMention != nil }.allSatisfy { $0.confidence >= 0.6 })
    }
}
