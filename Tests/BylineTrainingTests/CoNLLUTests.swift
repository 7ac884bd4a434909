import BylineCore
@testable import BylineTraining
import Testing

/// Reading and writing CoNLL-U, and retokenizing treebank sentences to Byline's tokens.
@Suite struct CoNLLUTests {
    /// A sentence written for this test: a multiword token, a hyphenated word split in three, and SpaceAfter marks.
    static let text = """
    # sent_id = t1
    # text = We don't sell 30-year-old cars.
    1\tWe\twe\tPRON\tPRP\t_\t4\tnsubj\t4:nsubj\t_
    2-3\tdon't\t_\t_\t_\t_\t_\t_\t_\t_
    2\tdo\tdo\tAUX\tVBP\t_\t4\taux\t4:aux\t_
    3\tn't\tnot\tPART\tRB\t_\t4\tadvmod\t4:advmod\t_
    4\tsell\tsell\tVERB\tVB\t_\t0\troot\t0:root\t_
    5\t30\t30\tNUM\tCD\t_\t7\tnummod\t7:nummod\tSpaceAfter=No
    6\t-\t-\tPUNCT\tHYPH\t_\t7\tpunct\t7:punct\tSpaceAfter=No
    7\tyear\tyear\tNOUN\tNN\t_\t9\tobl:npmod\t9:obl:npmod\tSpaceAfter=No
    8\t-\t-\tPUNCT\tHYPH\t_\t9\tpunct\t9:punct\tSpaceAfter=No
    9\told\told\tADJ\tJJ\t_\t10\tamod\t10:amod\t_
    10\tcars\tcar\tNOUN\tNNS\t_\t4\tobj\t4:obj\tSpaceAfter=No
    11\t.\t.\tPUNCT\t.\t_\t4\tpunct\t4:punct\t_


    """

    @Test func roundTrip() throws {
        let sentences = try CoNLLU.read(Self.text)
        #expect(sentences.count == 1)
        #expect(sentences[0].words.count == 11 && sentences[0].multiwordTokens.count == 1)
        #expect(sentences[0].words[1].head == 4 && sentences[0].words[3].deprel == "root")
        #expect(CoNLLU.write(sentences) == Self.text)
    }

    @Test func emptyNodesAreSkipped() throws {
        let withEmpty = Self.text.replacingOccurrences(of: "5\t30\t", with: "4.1\tsells\tsell\tVERB\tVBZ\t_\t_\t_\t4:conj\t_\n5\t30\t")
        #expect(try CoNLLU.read(withEmpty) == CoNLLU.read(Self.text))
    }

    @Test func badInputIsReported() {
        #expect(throws: CoNLLUError.self) { try CoNLLU.read("1\tword\n") }
        #expect(throws: CoNLLUError.self) { try CoNLLU.read("1\ta\ta\tX\tX\t_\tx\tdep\t_\t_\n") }
        #expect(throws: CoNLLUError.self) { try CoNLLU.read("2\ta\ta\tX\tX\t_\t0\troot\t_\t_\n") }
        #expect(throws: CoNLLUError.self) { try CoNLLU.read("1\ta\ta\tX\tX\t_\t7\troot\t_\t_\n") }
    }

    @Test func retokenizedToBylineTokens() throws {
        let sentence = try #require(try CoNLLU.read(Self.text).first)
        let byline = try #require(Retokenizer.bylineTokens(sentence))
        #expect(byline.words == ["We", "do", "n't", "sell", "30-year-old", "cars", "."])
        // The merged word keeps the outside head of "old": amod of "cars".
        #expect(byline.upos[4] == "ADJ" && byline.heads[4] == 5 && byline.deprels[4] == "amod")
        #expect(byline.heads == [3, 3, 3, -1, 5, 3, 3])
        #expect(byline.isTree)
    }

    @Test func wordSplitByBylineBecomesGoeswith() throws {
        let text = "1\tsee\tsee\tVERB\tVB\t_\t0\troot\t_\t_\n2\tfoo!bar\tfoo!bar\tPROPN\tNNP\t_\t1\tobj\t_\t_\n\n"
        let sentence = try #require(try CoNLLU.read(text).first)
        let byline = try #require(Retokenizer.bylineTokens(sentence))
        #expect(byline.words == ["see", "foo", "!", "bar"])
        #expect(byline.heads == [-1, 0, 1, 1] && byline.deprels == ["root", "obj", "goeswith", "goeswith"])
    }
}
