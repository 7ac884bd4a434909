import BylineCore
import Testing

@Suite struct IngestTests {
    private func decode(_ bytes: [UInt8]) -> Result<DecodedText, IngestError> {
        Result { () throws(IngestError) in try Ingest.decode(bytes) }
    }

    @Test func plainText() throws {
        let decoded = try Ingest.decode(Array("Hello, wörld".utf8))
        #expect(decoded == DecodedText(text: "Hello, wörld", invalidSequenceCount: 0))
    }

    @Test func emptyInput() {
        #expect(decode([]) == .failure(.empty))
        #expect(decode([0xEF, 0xBB, 0xBF]) == .failure(.empty))
        #expect(IngestError.empty.description == "is empty")
    }

    @Test func onlyWhitespace() {
        #expect(decode(Array(" \n\t\r\n".utf8)) == .failure(.onlyWhitespace))
        #expect(decode(Array("\u{A0}\u{2028}".utf8)) == .failure(.onlyWhitespace))
    }

    @Test func nulBytesMeanBinary() {
        #expect(decode(Array("text\u{0}more".utf8)) == .failure(.nulBytes))
        #expect(IngestError.nulBytes.description == "looks like a binary file (NUL bytes)")
        #expect(IngestError.nulBytes.isBinary)
    }

    @Test func randomBytesAreBinary() throws {
        var random = SplitMix64(seed: 7)
        let withNUL = (0..<4096).map { _ in UInt8.random(in: 0...255, using: &random) }
        let withoutNUL = (0..<4096).map { _ in UInt8.random(in: 1...255, using: &random) }
        #expect(try #require(decode(withNUL).failure).isBinary)
        #expect(decode(withoutNUL) == .failure(.mostlyInvalidUTF8))
    }

    @Test func mostlyControlCharactersAreBinary() {
        let bytes = Array(repeating: [UInt8]([0x01, 0x02, 0x1B, 0x41]), count: 100).flatMap { $0 }
        #expect(decode(bytes) == .failure(.mostlyControlCharacters))
    }

    @Test func invalidSequencesInTextBecomeReplacementCharacters() throws {
        var bytes = Array("caf".utf8) + [0xE9] + Array(" au lait ".utf8) + [0xFF, 0xFE] + Array(" ok, \u{2019}fine\u{2019}".utf8)
        bytes += Array(" truncated: ".utf8) + [0xE2, 0x80]
        let decoded = try Ingest.decode(bytes)
        #expect(decoded.invalidSequenceCount == 4)
        #expect(decoded.text == "caf\u{FFFD} au lait \u{FFFD}\u{FFFD} ok, \u{2019}fine\u{2019} truncated: \u{FFFD}")
    }

    @Test func aByteOrderMarkIsDroppedAndOffsetsStartAfterIt() throws {
        let decoded = try Ingest.decode([0xEF, 0xBB, 0xBF] + Array("Hi there".utf8))
        #expect(decoded.text == "Hi there")
        #expect(Article.parse(decoded.text).tokens.first?.range == TextRange(start: 0, end: 2))
    }

    @Test func lineEndingsAreKept() throws {
        let decoded = try Ingest.decode(Array("a\r\nb\rc\n".utf8))
        #expect(decoded.text.unicodeScalars.elementsEqual("a\r\nb\rc\n".unicodeScalars))
    }

    @Test func largeInputsDecode() throws {
        let line = "Das ist ein längerer Satz mit “Anführungszeichen” und Zahlen wie 1,000.50.\n"
        let text = String(repeating: line, count: 40_000)
        let decoded = try Ingest.decode(Array(text.utf8))
        #expect(decoded.text == text)
        #expect(decoded.invalidSequenceCount == 0)
    }
}

extension Result {
    /// The error of a failure, or nil.
    var failure: Failure? {
        if case .failure(let error) = self { return error }
        return nil
    }
}
