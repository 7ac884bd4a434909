import BylineCore
import BylineTraining
import Foundation
import Testing

/// The PolNeAR reader on a small corpus written for this test: offsets are Python string offsets (code
/// points), here computed with Python over a text with emoji, a skin-tone sequence and a mathematical
/// letter outside the Basic Multilingual Plane; the second line is the same article with every non-ASCII
/// character escaped as JSON writes it (surrogate pairs for non-BMP characters).
@Suite struct PolNeARReaderTests {
    static let corpus = #"""
        {"id": "a-1", "publisher": "p", "date": "2016-01-02", "title": "T", "text": "Mara Lind 👩🏽‍💼 said: “We won 🎉 the vote.” Critics 𝒜 called it “a fluke.”", "attributions": [{"start": 21, "end": 41, "fragments": null, "speaker": "Mara Lind", "speaker_start": 0, "speaker_end": 9, "speaker_fragments": null, "cue": "said", "cue_start": 15, "cue_end": 19, "kind": "direct"}, {"start": 42, "end": 72, "fragments": [[42, 49], [62, 72]], "speaker": "Critics", "speaker_start": 42, "speaker_end": 49, "speaker_fragments": null, "cue": "called", "cue_start": 52, "cue_end": 58, "kind": "mixed"}]}

        {"id": "a-2", "publisher": "p", "date": "2016-01-02", "title": "T", "text": "Mara Lind \ud83d\udc69\ud83c\udffd\u200d\ud83d\udcbc said: \u201cWe won \ud83c\udf89 the vote.\u201d Critics \ud835\udc9c called it \u201ca fluke.\u201d", "attributions": [{"start": 21, "end": 41, "fragments": null, "speaker": "Mara Lind", "speaker_start": 0, "speaker_end": 9, "speaker_fragments": null, "cue": "said", "cue_start": 15, "cue_end": 19, "kind": "direct"}, {"start": 42, "end": 72, "fragments": [[42, 49], [62, 72]], "speaker": "Critics", "speaker_start": 42, "speaker_end": 49, "speaker_fragments": null, "cue": "called", "cue_start": 52, "cue_end": 58, "kind": "mixed"}]}
        """#

    static func slice(_ text: String, _ range: TextRange?) -> String? {
        guard let range else { return nil }
        let scalars = Array(text.unicodeScalars)
        var view = String.UnicodeScalarView()
        view.append(contentsOf: scalars[range.start..<range.end])
        return String(view)
    }

    @Test func offsetsAreUnicodeScalarOffsets() throws {
        let articles = try PolNeARReader.read(Data(Self.corpus.utf8))
        #expect(articles.map(\.id) == ["a-1", "a-2"])
        let article = try #require(articles.first)
        // 72 code points, as Python counts them; not 77 UTF-16 units nor the fewer Characters.
        #expect(article.text.unicodeScalars.count == 72)
        #expect(article.text.utf16.count == 77)
        #expect(article.text.count < 72)
        let quote = article.attributions[0]
        #expect(quote.kind == .direct)
        #expect(Self.slice(article.text, quote.content) == "“We won 🎉 the vote.”")
        #expect(Self.slice(article.text, quote.speaker) == "Mara Lind")
        #expect(Self.slice(article.text, quote.cue) == "said")
        let mixed = article.attributions[1]
        #expect(mixed.kind == .mixed)
        #expect(Self.slice(article.text, mixed.cue) == "called")
        #expect(mixed.contentFragments?.compactMap { Self.slice(article.text, $0) } == ["Critics", "“a fluke.”"])
        #expect(mixed.speakerFragments == nil)
    }

    @Test func escapedAndLiteralCharactersReadAlike() throws {
        let articles = try PolNeARReader.read(Data(Self.corpus.utf8))
        #expect(articles.count == 2)
        #expect(articles[0].text == articles[1].text)
        #expect(Array(articles[0].text.unicodeScalars) == Array(articles[1].text.unicodeScalars))
        #expect(articles[0].attributions == articles[1].attributions)
    }

    @Test func aSpanOutsideTheTextNamesItsLine() {
        let line = #"{"id": "b", "publisher": "p", "date": "d", "title": "t", "text": "Ana said 😀 so.", "attributions": [{"start": 0, "end": 15, "fragments": null, "speaker": null, "speaker_start": null, "speaker_end": null, "speaker_fragments": null, "cue": null, "cue_start": null, "cue_end": null, "kind": "indirect"}]}"#
        // 14 code points: a span ending at 15 is outside (it would fit if the emoji counted as two).
        let error = #expect(throws: PolNeARReader.Failure.self) { try PolNeARReader.read(Data(("\n" + line).utf8)) }
        #expect(error?.line == 2)
        #expect(error?.reason.contains("content span 0..<15") == true)
        let fits = line.replacingOccurrences(of: #""end": 15"#, with: #""end": 14"#)
        #expect((try? PolNeARReader.read(Data(fits.utf8)))?.first?.attributions.first?.content == TextRange(start: 0, end: 14))
    }

    @Test func malformedLinesAreErrorsNotCrashes() {
        let valid = #"{"id": "c", "publisher": "p", "date": "d", "title": "t", "text": "x", "attributions": []}"#
        let cases = [
            "{not json",
            #"{"id": "c", "publisher": "p", "date": "d", "title": "t", "attributions": []}"#,
            valid.replacingOccurrences(of: "[]", with: #"[{"start": 1, "end": 0, "fragments": null, "speaker_start": null, "speaker_end": null, "speaker_fragments": null, "cue_start": null, "cue_end": null, "kind": "direct"}]"#),
            valid.replacingOccurrences(of: "[]", with: #"[{"start": 0, "end": 1, "fragments": [[0]], "speaker_start": 0, "speaker_end": null, "speaker_fragments": null, "cue_start": null, "cue_end": null, "kind": "direct"}]"#),
            valid.replacingOccurrences(of: "[]", with: #"[{"start": 0, "end": 1, "fragments": null, "speaker_start": null, "speaker_end": null, "speaker_fragments": null, "cue_start": null, "cue_end": null, "kind": "quoted"}]"#),
        ]
        for text in cases {
            #expect(throws: PolNeARReader.Failure.self) { try PolNeARReader.read(Data((valid + "\n" + text).utf8)) }
        }
        #expect((try? PolNeARReader.read(Data((valid + "\n\n   \n").utf8)))?.count == 1)
    }
}

/// A corpora folder without the PolNeAR file is an error naming the file.
@Suite struct PolNeARFolderTests {
    @Test func aMissingCorpusFileIsNamed() {
        let folder = URL(fileURLWithPath: "/nonexistent-corpora")
        let error = #expect(throws: PolNeARReader.FileFailure.self) { try PolNeARReader.articles(of: .dev, corpora: folder) }
        #expect(error?.description == "/nonexistent-corpora/polnear-train/polnear-train.jsonl: not found")
    }
}
