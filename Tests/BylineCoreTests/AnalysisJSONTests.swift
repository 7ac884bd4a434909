import BylineCore
import Foundation
import Testing

@Suite struct AnalysisJSONTests {
    /// The sample with one entity, quote and relation placed by hand at spans found in the text.
    private func sampleAnalysis() throws -> Analysis {
        let article = Article.parse(Fixture.sample)
        let text = Fixture.sample
        func span(_ needle: String) throws -> TextRange {
            let range = try #require(text.range(of: needle))
            let start = text.unicodeScalars.distance(from: text.unicodeScalars.startIndex, to: range.lowerBound)
            return TextRange(start: start, end: start + needle.unicodeScalars.count)
        }
        let person = Entity(id: "E1", kind: .person, name: "Person One", mentions: [
            Mention(range: try span("Donald Trump"), form: .name),
            Mention(range: try span("the President"), form: .title),
        ])
        let quote = Quote(id: "Q1", kind: .direct, range: try span("“an all-time low.”"), speaker: "E1",
                          speakerMention: try span("the President"), cue: try span("says"), confidence: 0.75)
        let relation = Relation(id: "R1", subject: "E1", predicate: .worksFor, object: nil, value: "President",
                                evidence: article.sentences[0].range, confidence: 0.625)
        return Analysis(source: "sample", article: article, entities: [person], quotes: [quote], relations: [relation])
    }

    private func parse(_ json: String) throws -> [String: Any] {
        try #require(JSONSerialization.jsonObject(with: Data(json.utf8)) as? [String: Any])
    }

    @Test func compactOutputIsOneLineOfValidJSON() throws {
        let analysis = try sampleAnalysis()
        let json = AnalysisJSON.encode(analysis, pretty: false)
        #expect(!json.contains("\n"))
        let object = try parse(json)
        #expect(object["schema"] as? String == "byline.analysis/1")
        #expect(object["source"] as? String == "sample")
        #expect(object["text_length"] as? Int == analysis.article.length)
        #expect(object["text_length"] as? Int == Fixture.sample.unicodeScalars.count)
        #expect(object["title"] is NSNull)
        #expect((object["byline"] as? [Any])?.isEmpty == true)
        #expect(object["text"] == nil)
    }

    @Test func prettyOutputHoldsTheSameValues() throws {
        let analysis = try sampleAnalysis()
        let pretty = try parse(AnalysisJSON.encode(analysis, pretty: true))
        let compact = try parse(AnalysisJSON.encode(analysis, pretty: false))
        #expect(NSDictionary(dictionary: pretty).isEqual(to: compact))
        #expect(AnalysisJSON.encode(analysis, pretty: true).contains("\n    {\"start\": 0, \"end\": 184},\n"))
    }

    @Test(arguments: [1, 7, 64, 1 << 20])
    func writtenInPiecesIsTheSameJSON(chunk: Int) throws {
        let analysis = try sampleAnalysis()
        for pretty in [false, true] {
            var pieces: [[UInt8]] = []
            AnalysisJSON.write(analysis, pretty: pretty, includeText: true, includeSyntax: true, chunk: chunk) {
                pieces.append(Array($0))
            }
            #expect(pieces.joined().elementsEqual(AnalysisJSON.utf8(analysis, pretty: pretty, includeText: true, includeSyntax: true)))
            if chunk < 100 { #expect(pieces.count > 10) }
        }
    }

    @Test func keysFollowTheSchemaOrder() throws {
        let json = AnalysisJSON.encode(try sampleAnalysis(), pretty: false)
        func positions(_ keys: [String], after marker: String) -> [Int] {
            guard let from = json.range(of: marker)?.upperBound else { return [] }
            return keys.map { key in
                json.range(of: "\"\(key)\":", range: from..<json.endIndex)
                    .map { json.distance(from: json.startIndex, to: $0.lowerBound) } ?? -1
            }
        }
        let topLevel = positions(["schema", "source", "text_length", "title", "byline", "paragraphs", "sentences",
                                  "entities", "quotes", "relations"], after: "{")
        let entity = positions(["id", "type", "name", "mentions", "start", "end", "text", "form"], after: "\"entities\":")
        let quote = positions(["id", "kind", "start", "end", "text", "speaker", "speaker_mention", "cue", "addressee",
                               "addressee_mention", "confidence"], after: "\"quotes\":")
        let relation = positions(["id", "subject", "predicate", "object", "value", "evidence", "claimed_by", "quote",
                                  "confidence"], after: "\"relations\":")
        for order in [topLevel, entity, quote, relation] {
            #expect(!order.isEmpty && !order.contains(-1))
            #expect(order == order.sorted())
        }
    }

    @Test func spansCarryTheirTexts() throws {
        let analysis = try sampleAnalysis()
        let object = try parse(AnalysisJSON.encode(analysis, pretty: false))
        let entity = try #require((object["entities"] as? [[String: Any]])?.first)
        #expect(entity["type"] as? String == "person")
        let mentions = try #require(entity["mentions"] as? [[String: Any]])
        #expect(mentions.map { $0["text"] as? String } == ["Donald Trump", "the President"])
        #expect(mentions.map { $0["form"] as? String } == ["name", "title"])
        let quote = try #require((object["quotes"] as? [[String: Any]])?.first)
        #expect(quote["text"] as? String == "“an all-time low.”")
        #expect((quote["speaker_mention"] as? [String: Any])?["text"] as? String == "the President")
        #expect((quote["cue"] as? [String: Any])?["text"] as? String == "says")
        #expect(quote["addressee"] is NSNull)
        #expect(quote["addressee_mention"] is NSNull)
        #expect(quote["confidence"] as? Double == 0.75)
        let relation = try #require((object["relations"] as? [[String: Any]])?.first)
        #expect(relation["predicate"] as? String == "works_for")
        #expect(relation["object"] is NSNull)
        #expect(relation["value"] as? String == "President")
        #expect((relation["evidence"] as? [String: Any])?["end"] as? Int == 184)
        #expect(relation["confidence"] as? Double == 0.625)
    }

    @Test func spanOffsetsMatchTheText() throws {
        let analysis = try sampleAnalysis()
        let object = try parse(AnalysisJSON.encode(analysis, pretty: false))
        let scalars = Array(Fixture.sample.unicodeScalars)
        let sentences = try #require(object["sentences"] as? [[String: Int]])
        #expect(sentences.count == analysis.article.sentences.count)
        for (json, sentence) in zip(sentences, analysis.article.sentences) {
            #expect(json["start"] == sentence.range.start && json["end"] == sentence.range.end)
        }
        let quote = try #require((object["quotes"] as? [[String: Any]])?.first)
        let start = try #require(quote["start"] as? Int)
        let end = try #require(quote["end"] as? Int)
        var view = String.UnicodeScalarView()
        view.append(contentsOf: scalars[start..<end])
        #expect(String(view) == quote["text"] as? String)
    }

    @Test func stringsAreEscaped() throws {
        let tricky = "say \"hi\" \\ back\n\t\r\u{0}\u{1}\u{1F}\u{7F} \u{2028}\u{2029}\u{FEFF} é 👍🏽"
        let analysis = Analysis(source: tricky, article: Article.parse(tricky), title: tricky, byline: [tricky])
        for pretty in [false, true] {
            let json = AnalysisJSON.encode(analysis, pretty: pretty, includeText: true)
            let raw = json.unicodeScalars.filter { $0 != "\n" && $0 != " " }
            #expect(!raw.contains { $0.value < 0x20 || $0.value == 0x2028 || $0.value == 0x2029 || $0.value == 0xFEFF })
            let object = try parse(json)
            #expect(object["source"] as? String == tricky)
            #expect(object["title"] as? String == tricky)
            #expect(object["byline"] as? [String] == [tricky])
            #expect(object["text"] as? String == tricky)
        }
    }

    @Test func anEmptyAnalysis() throws {
        let json = AnalysisJSON.encode(Analysis(source: "-", article: Article.parse("")), pretty: true)
        let object = try parse(json)
        #expect(object["text_length"] as? Int == 0)
        #expect(json.contains("\"paragraphs\": [],"))
    }

    @Test func outOfRangeSpansAreClippedNotTrapped() throws {
        let article = Article.parse("short")
        let quote = Quote(id: "Q1", kind: .indirect, range: TextRange(start: 3, end: 50))
        let object = try parse(AnalysisJSON.encode(Analysis(source: "x", article: article, quotes: [quote]), pretty: false))
        #expect((object["quotes"] as? [[String: Any]])?.first?["text"] as? String == "rt")
    }
}
