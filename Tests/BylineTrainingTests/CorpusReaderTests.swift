import BylineCore
@testable import BylineTraining
import Testing

@Suite struct CorpusReaderTests {
    @Test func readsGMB() {
        let text = "Thousands\tNNS\tO\nmarched\tVBD\tO\nin\tIN\tO\nNew\tNNP\tB-geo\nYork\tNNP\tI-geo\non\tIN\tO\nMonday\tNNP\tB-tim\n.\t.\tO\n\n"
            + "British\tJJ\tB-gpe\ntroops\tNNS\tO\nfound\tVBD\tO\nH5N1\tNNP\tB-nat\n.\t.\tO\n"
        let sentences = CorpusLoader.gmb(text)
        #expect(sentences.count == 2)
        #expect(sentences[0].tokens.count == 8)
        #expect(sentences[0].mentions == [AnnotatedSpan(range: 3..<5, kind: .place), AnnotatedSpan(range: 6..<7, kind: .date)])
        #expect(sentences[1].mentions == [AnnotatedSpan(range: 0..<1, kind: .group)])
    }

    @Test func readsUniversalNERAndJoinsHyphens() {
        let text = """
        # sent_id = x-0001
        # text = Al-Zaman: American forces met Bailey-Ross in Qaim.
        1\tAl\tB-ORG\t-\ta
        2\t-\tI-ORG\t-\ta
        3\tZaman\tI-ORG\t-\ta
        4\t:\tO
        5\tAmerican\tB-OTH\t-\ta
        6\tforces\tO
        7\tmet\tO
        8\tBailey\tB-PER
        9\t-\tI-PER
        10\tRoss\tI-PER
        11\tin\tO
        12\tQaim\tB-LOC
        13\t.\tB-O

        """
        let sentences = CorpusLoader.uner(text)
        #expect(sentences.count == 1)
        let sentence = sentences[0]
        #expect(sentence.tokens == ["Al-Zaman", ":", "American", "forces", "met", "Bailey-Ross", "in", "Qaim", "."])
        #expect(sentence.mentions == [
            AnnotatedSpan(range: 0..<1, kind: .organization),
            AnnotatedSpan(range: 5..<6, kind: .person),
            AnnotatedSpan(range: 7..<8, kind: .place),
        ])
    }

    @Test func readsNamedGUMMentions() {
        let rows = [
            ["1", "The", "the", "DET", "Entity=(1-person-new-nnnnn-cf1-1,2-coref"],
            ["2", "painter", "painter", "NOUN", "_"],
            ["3", "Francisco", "Francisco", "PROPN", "Entity=(2-person-new-nnnnn-cf1-1-coref-Francisco_Zurbaran"],
            ["4", "Zurbaran", "Zurbaran", "PROPN", "Entity=2)1)"],
            ["5", "visited", "visit", "VERB", "_"],
            ["6", "the", "the", "DET", "Entity=(3-place-new-nnnnn-cf2-1-coref-United_Kingdom"],
            ["7", "United", "unite", "VERB", "_"],
            ["8", "Kingdom", "Kingdom", "PROPN", "Entity=3)"],
            ["9", "in", "in", "ADP", "_"],
            ["10", "late", "late", "ADJ", "Entity=(4-time-new-nnnnn-cf3-1-sgl"],
            ["11", "June", "June", "PROPN", "Entity=4)"],
            ["12", "with", "with", "ADP", "_"],
            ["13", "his", "his", "PRON", "Entity=(5-person-giv-nnnnn-cf1-1-ana-Francisco_Zurbaran)"],
            ["14", "Stardust", "Stardust", "PROPN", "Entity=(6-object-new-nnnnn-cf4-1-sgl)|SpaceAfter=No"],
            ["15", ".", ".", "PUNCT", "_"],
        ]
        let text = "# sent_id = doc-1\n" + rows.map { row in
            [row[0], row[1], row[2], row[3], "_", "_", "0", "dep", "_", row[4]].joined(separator: "\t")
        }.joined(separator: "\n") + "\n\n"
        let sentences = GUMReader.read(text)
        #expect(sentences.count == 1)
        #expect(sentences[0].mentions == [
            AnnotatedSpan(range: 2..<4, kind: .person),
            AnnotatedSpan(range: 6..<8, kind: .place),
            AnnotatedSpan(range: 10..<11, kind: .date),
        ])
        #expect(sentences[0].unknown == [13..<14])
    }
}

@Suite struct TitleTrimmerTests {
    @Test func trimsLeadingTitlesFromPersonSpans() {
        let sentence = AnnotatedSentence(
            tokens: ["Secretary", "of", "State", "Ann", "Lee", "met", "Mr.", "Kim", ",", "Bill", "Day", "and", "President", "."],
            mentions: [AnnotatedSpan(range: 0..<5, kind: .person), AnnotatedSpan(range: 6..<8, kind: .person),
                       AnnotatedSpan(range: 9..<11, kind: .person), AnnotatedSpan(range: 12..<13, kind: .person)])
        let trimmed = TitleTrimmer().trim(sentence)
        #expect(trimmed.mentions.map(\.range) == [3..<5, 7..<8, 9..<11, 12..<13])
    }
}
