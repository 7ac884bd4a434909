import BylineCore
import Foundation
import Testing

/// Random and mutated texts and bytes, over 11,000 cases a run with fixed seeds: parsing never traps and every article
/// keeps `ArticleInvariants`.
@Suite struct PropertyTests {
    /// Parses each text and reports the first few that break an invariant.
    private func failures(_ texts: some Sequence<String>) -> [String] {
        var failures: [String] = []
        for text in texts {
            let problems = ArticleInvariants.violations(Article.parse(text), text: text)
            if !problems.isEmpty, failures.count < 5 {
                failures.append("\(text.debugDescription): \(problems)")
            }
        }
        return failures
    }

    @Test(arguments: [1, 2, 3] as [UInt64])
    func randomTexts(seed: UInt64) {
        var generator = TextGenerator(seed: seed)
        let texts = (0..<2_000).map { _ in generator.randomText(maxPieces: 40) }
        #expect(failures(texts) == [])
    }

    @Test(arguments: [11, 12, 13] as [UInt64])
    func mutatedSample(seed: UInt64) {
        let sample = Array(Fixture.sample.unicodeScalars)
        var generator = TextGenerator(seed: seed)
        let texts = (0..<1_500).map { _ in generator.mutated(sample, maxLength: 400) }
        #expect(failures(texts) == [])
    }

    @Test func wholeSampleMutated() {
        let sample = Array(Fixture.sample.unicodeScalars)
        var generator = TextGenerator(seed: 21)
        let texts = (0..<100).map { _ in generator.mutated(sample, maxLength: sample.count) }
        #expect(failures(texts) == [])
    }

    @Test func randomBytesDecodeOrFailCleanly() throws {
        var random = SplitMix64(seed: 31)
        var decodedCount = 0
        for _ in 0..<400 {
            var bytes: [UInt8] = []
            for _ in 0..<Int.random(in: 0...60, using: &random) {
                switch Int.random(in: 0..<10, using: &random) {
                case 0: bytes.append(UInt8.random(in: 0x80...0xFF, using: &random))
                case 1: bytes.append(UInt8.random(in: 0x01...0x1F, using: &random))
                case 2...4: bytes += Array(String(randomScalar(&random)).utf8)
                default: bytes.append(UInt8.random(in: 0x20...0x7E, using: &random))
                }
            }
            guard let decoded = try? Ingest.decode(bytes) else { continue }
            decodedCount += 1
            let replacements = decoded.text.unicodeScalars.filter { $0 == "\u{FFFD}" }.count
            #expect(replacements == decoded.invalidSequenceCount)
            #expect(ArticleInvariants.violations(Article.parse(decoded.text), text: decoded.text) == [])
        }
        #expect(decodedCount > 100)
    }

    private func randomScalar(_ random: inout SplitMix64) -> Unicode.Scalar {
        Unicode.Scalar(UInt32.random(in: 0x80...0xD7FF, using: &random)) ?? "\u{FFFD}"
    }

    @Test func jsonOfRandomTextsParsesBack() throws {
        var generator = TextGenerator(seed: 41)
        for _ in 0..<300 {
            let text = generator.randomText(maxPieces: 30)
            let analysis = Analysis(source: text, article: Article.parse(text))
            let json = AnalysisJSON.encode(analysis, pretty: false, includeText: true)
            let object = try JSONSerialization.jsonObject(with: Data(json.utf8)) as? [String: Any]
            #expect(object?["text"] as? String == text)
            #expect(object?["source"] as? String == text)
            #expect(!json.contains("\n"))
        }
    }
}
