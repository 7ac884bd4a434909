import BylineCore
import BylineFuzz
import Testing

/// Inputs on which `byline-bench fuzz` once found a trap or a broken invariant, kept so that each stays
/// fixed: the analysis must run and keep every invariant (a trap ends the test process, failing the run).
@Suite struct FoundByFuzzingTests {
    @Test(arguments: [
        // A title phrase whose "of" complement window started past the sentence's end (a trap).
        "The President Of Chief of Staff DESCRIBES in a statement.",
        "told reporters observed The President Of CHIEF OF STAFF , Of ",
        // A dateline dash with a variation selector or a combining mark after it: the dateline block
        // ended inside a character.
        "WASHINGTON (AP) \u{2014}\u{FE0F} Senators met.",
        "OSLO \u{2014}\u{FE2F}\u{1AB5} Farmers met.",
    ])
    func keepsTheInvariants(_ text: String) throws {
        let models = try AnalysisModels.bundled()
        #expect(FuzzCheck.violations(text, models: models, syntax: true) == [])
    }

    @Test func aDatelineNeverEndsInsideACharacter() {
        let article = Article.parse("WASHINGTON \u{2014}\u{301} Senators met on Monday.")
        for block in article.blocks {
            let text = article.string(block.range)
            #expect(text.unicodeScalars.first?.properties.generalCategory != .nonspacingMark)
        }
        #expect(Article.parse("WASHINGTON \u{2014} Senators met.").blocks.first?.kind == .dateline)
    }
}
