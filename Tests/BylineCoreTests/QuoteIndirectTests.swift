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
}
