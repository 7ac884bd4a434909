import BylineCore
import BylineTraining
import Testing

/// The GUM coref_conll reader and the pronoun scorer on a small inline document.
@Suite struct GAPCorefReaderTests {
    static let file = """
        # begin document GUM_news_test
        0\tMaria\t(person-1
        1\tLopez\tperson-1)
        2\tleads\t_
        3\tthe\t(organization-2-Acme
        4\tfirm\torganization-2-Acme)
        5\t.\t_
        6\tShe\t(person-1)
        7\tsaid\t_
        8\tit\t(organization-2-Acme)
        9\tgrew\t(abstract-3(event-4)
        10\t.\tabstract-3)
        # end document
        """

    @Test func readsTokensAndNestedMentions() {
        let documents = CorefReader.read(Self.file)
        #expect(documents.count == 1)
        guard let document = documents.first else { return }
        #expect(document.name == "GUM_news_test")
        #expect(document.tokens.count == 11)
        let spans = Set(document.mentions.map { "\($0.type)-\($0.chain):\($0.tokens)" })
        #expect(spans == ["person-1:0..<2", "organization-2:3..<5", "person-1:6..<7", "organization-2:8..<9",
                          "event-4:9..<10", "abstract-3:9..<11"])
        #expect(document.text.string.hasPrefix("Maria Lopez leads the firm ."))
        #expect(document.text.offsets[2] == 12)
    }

    @Test func namedMentionsAreCapitalized() {
        guard let document = CorefReader.read(Self.file).first else { return }
        let named = document.mentions.filter(document.isNamed).map(\.tokens)
        #expect(named == [0..<2])
    }

    @Test func scoresAPronounAgainstItsChain() throws {
        let documents = CorefReader.read(Self.file)
        let evaluation = CorefEvaluation.run(documents, gazetteer: try Gazetteer.bundled()) { _ in
            [NamedMention(range: TextRange(start: 0, end: 11), kind: .person)]
        }
        #expect(evaluation.singular.eligible == 1)
        #expect(evaluation.singular.correct == 1)
        #expect(evaluation.plural.eligible == 0)
    }
}
