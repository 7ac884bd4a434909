import BylineCore
import Testing

/// The salient person in news prose: a description set off after a name is the name itself, and a
/// pronoun that speaks continues the latest speaker rather than a name met in passing.
@Suite struct PronounSalienceTests {
    @Test func anAppositiveAfterTheNameBlocksNothing() throws {
        let entities = try LinkerFixture.link("""
            ⟦Ruth Okafor|person⟧, a retired teacher from Leeds who lost her savings, attended every hearing. \
            “I came for answers,” she said.
            """)
        #expect(LinkerFixture.entity("Ruth Okafor", in: entities)?.mentions.contains("she/pronoun") == true)
    }

    @Test func aPersonNounOutsideAnAppositiveStillBlocks() throws {
        let entities = try LinkerFixture.link("""
            ⟦Ruth Okafor|person⟧ attended every hearing, and a retired teacher waited outside. “I came for answers,” she said.
            """)
        #expect(LinkerFixture.entity("Ruth Okafor", in: entities)?.mentions.contains("she/pronoun") == false)
    }

    @Test func aSpeakingPronounContinuesTheLatestSpeaker() throws {
        let entities = try LinkerFixture.link("""
            ⟦Anna Dahlberg|person⟧ said her group would repeat the study. It will run at a clinic in partnership with \
            ⟦Maria Ekholm|person⟧ in Uppsala. “We hope to start soon,” she said.
            """)
        #expect(LinkerFixture.entity("Anna Dahlberg", in: entities)?.mentions.contains("she/pronoun") == true)
        #expect(LinkerFixture.entity("Maria Ekholm", in: entities)?.mentions.contains("she/pronoun") == false)
    }

    @Test func aSpeakerAfterTheSubjectOfTheSameSentenceWins() throws {
        let entities = try LinkerFixture.link("""
            ⟦Jonas Berg|person⟧, the goalkeeper, was also at fault for the second goal, ⟦Erik Lund|person⟧ admitted. \
            “We all make mistakes,” he said.
            """)
        #expect(LinkerFixture.entity("Erik Lund", in: entities)?.mentions.contains("he/pronoun") == true)
        #expect(LinkerFixture.entity("Jonas Berg", in: entities)?.mentions.contains("he/pronoun") == false)
    }

    @Test func aNewSubjectAfterTheSpeakerTakesOver() throws {
        let entities = try LinkerFixture.link("""
            ⟦Anna Dahlberg|person⟧ said the results were strong. ⟦Maria Ekholm|person⟧ doubted the method. \
            “It is too early,” she said.
            """)
        #expect(LinkerFixture.entity("Maria Ekholm", in: entities)?.mentions.contains("she/pronoun") == true)
        #expect(LinkerFixture.entity("Anna Dahlberg", in: entities)?.mentions.contains("she/pronoun") == false)
    }

    @Test func sentencesWhollyQuotedDoNotUseUpTheWindow() throws {
        let entities = try LinkerFixture.link("""
            ⟦Lena Ortiz|person⟧ spoke after the vote. “We lost today. We will be back. The fight goes on,” she said.
            """)
        #expect(LinkerFixture.entity("Lena Ortiz", in: entities)?.mentions == ["Lena Ortiz/name", "she/pronoun"])
    }
}
