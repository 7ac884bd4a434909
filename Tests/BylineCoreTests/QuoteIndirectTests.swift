import BylineCore
import Testing

/// Reported speech read from the parse: every cue verb's clausal complement, infinitive or object, with the
/// cue's subject as the speaker (examples written for the project).
@Suite struct QuoteIndirectTests {
    @Test func contentBeforeTheCue() throws {
        let found = try QuoteFixture.quotes("The council will approve the harbor budget in June, ⟦Ada Vale|person⟧ said.")
        #expect(found.map(\.text) == ["The council will approve the harbor budget in June"])
        #expect(found.map(\.speaker) == ["Ada Vale"])
        #expect(found.allSatisfy { $0.kind == .indirect })
    }

    @Test func infinitiveAfterAPromise() throws {
        let found = try QuoteFixture.quotes("⟦Ada Vale|person⟧ promised to cancel the port deal.")
        #expect(found.map(\.text) == ["to cancel the port deal"])
        #expect(found.map(\.speaker) == ["Ada Vale"])
    }

    @Test func thePersonToldIsNoContent() throws {
        let found = try QuoteFixture.quotes("⟦Ada Vale|person⟧ told reporters the harbor vote would wait until spring.")
        #expect(found.map(\.text) == ["the harbor vote would wait until spring"])
        #expect(found.first?.addressee == "reporters")
    }

    @Test func twoCuesTwoReports() throws {
        let found = try QuoteFixture.quotes("""
            ⟦Ada Vale|person⟧ said the port would reopen, and ⟦Ben Orr|person⟧ argued that the fees were too high.
            """)
        #expect(found.map(\.speaker) == ["Ada Vale", "Ben Orr"])
        #expect(found.last?.text == "the fees were too high")
    }

    @Test func reportStopsBeforeAQuotation() throws {
        let found = try QuoteFixture.quotes("⟦Ada Vale|person⟧ said the harbor plan was “a gold standard for the region.”")
        #expect(found.filter { $0.kind == .indirect }.map(\.text) == ["the harbor plan was"])
        #expect(found.filter { $0.kind == .direct }.map(\.speaker) == ["Ada Vale"])
    }

    @Test func aLearnedCueReportsItsObject() throws {
        let found = try QuoteFixture.quotes("⟦Ada Vale|person⟧ praised the new harbor budget.")
        #expect(found.map(\.text) == ["the new harbor budget"])
        #expect(found.map(\.speaker) == ["Ada Vale"])
        #expect(found.map(\.cue) == ["praised"])
    }

    @Test func aLearnedPhraseCueWithoutItsPreposition() throws {
        let found = try QuoteFixture.quotes("⟦Ben Orr|person⟧ pointed out that the ferry fees had doubled.")
        #expect(found.map(\.text) == ["the ferry fees had doubled"])
        #expect(found.map(\.speaker) == ["Ben Orr"])
    }

    @Test func aSpeakerFeelingReportsTheClause() throws {
        let found = try QuoteFixture.quotes("⟦Ada Vale|person⟧ feels the old pier must close before winter.")
        #expect(found.map(\.text) == ["the old pier must close before winter"])
        #expect(found.map(\.speaker) == ["Ada Vale"])
        #expect(found.allSatisfy { $0.confidence <= 0.5 })
    }

    @Test func whatASpeakerChoosesToDoIsNoReport() throws {
        let found = try QuoteFixture.quotes("⟦Ada Vale|person⟧ chose to close the old pier before winter.")
        #expect(found.isEmpty)
    }

    @Test func noSpeakerNoAttitude() throws {
        let found = try QuoteFixture.quotes("The tide began to rise over the old pier.")
        #expect(found.isEmpty)
    }

    @Test func theOccasionIsNoContent() throws {
        let found = try QuoteFixture.quotes("⟦Ada Vale|person⟧ spoke at a rally on Monday.")
        #expect(found.isEmpty)
    }

    @Test func aRelativePronounNamesTheSpeaker() throws {
        let found = try QuoteFixture.quotes("The plan was drafted by ⟦Ada Vale|person⟧, who said the port needed more money.")
        let report = try #require(found.first { $0.text == "the port needed more money" })
        #expect(report.speaker == "Ada Vale")
        #expect(report.speakerMention == "who")
    }

    @Test func aParticipleAfterAQuotationTakesItsSpeaker() throws {
        let found = try QuoteFixture.quotes("“We are ready,” ⟦Ada Vale|person⟧ said, adding that the port would reopen in May.")
        let indirect = found.filter { $0.kind == .indirect }
        #expect(indirect.map(\.text) == ["the port would reopen in May"])
        #expect(indirect.map(\.speaker) == ["Ada Vale"])
    }

    @Test func reportStopsBeforeAnUnpairedMark() throws {
        let found = try QuoteFixture.quotes("⟦Ada Vale|person⟧ said the plan was “the best in the region and that fees were fair.")
        #expect(found.filter { $0.kind == .indirect }.map(\.text) == ["the plan was"])
    }

    @Test func theAgentOfAPassiveCueSpeaks() throws {
        let found = try QuoteFixture.quotes("The harbor plan was criticized by ⟦Ben Orr|person⟧ for its high ferry fees.")
        #expect(found.map(\.speaker) == ["Ben Orr"])
        #expect(found.map(\.text) == ["its high ferry fees"])
    }
}
