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

@Suite("Encodings and formats")
struct EncodingAndFormatTests {
    @Test("UTF-16 with a byte order mark, little- and big-endian")
    func utf16() throws {
        let text = "Fran\u{E7}ois said “hi” 👋"
        let little: [UInt8] = [0xFF, 0xFE] + text.utf16.flatMap { unit -> [UInt8] in [UInt8(unit & 0xFF), UInt8(unit >> 8)] }
        let big: [UInt8] = [0xFE, 0xFF] + text.utf16.flatMap { unit -> [UInt8] in [UInt8(unit >> 8), UInt8(unit & 0xFF)] }
        let decodedLittle = try Ingest.decode(little)
        #expect(decodedLittle.text == text)
        #expect(decodedLittle.encoding == .utf16LittleEndian)
        #expect(try Ingest.decode(big).text == text)
    }

    @Test("text that is not UTF-8 and reads as Windows-1252 is decoded as that, and said to be guessed")
    func windows1252() throws {
        let bytes = Array("Fran".utf8) + [0xE7] + Array("ois met the minister at the caf".utf8) + [0xE9, 0x2E, 0x20, 0x93] + Array("Yes".utf8) + [0x94]
        let decoded = try Ingest.decode(bytes)
        #expect(decoded.text == "François met the minister at the café. “Yes”")
        #expect(decoded.encoding == .windows1252)
        #expect(decoded.encodingGuessed)
        #expect(decoded.invalidSequenceCount == 0)
    }

    @Test("a page's <meta charset> names its encoding")
    func metaCharset() throws {
        let page = Array("<html><head><meta charset=\"iso-8859-1\"></head><body><p>Fran".utf8) + [0xE7] + Array("ois</p></body></html>".utf8)
        let read = try Ingest.read(page)
        #expect(read.decoded.encoding == .windows1252)
        #expect(!read.decoded.encodingGuessed)
        #expect(read.format == .html)
        #expect(read.article.text == "François")
        #expect(read.article.blocks.first?.source == 55..<63)
    }

    @Test("formats: detected from the content, the extension a hint, an explicit format first")
    func formats() throws {
        #expect(ArticleFormat.detect("<!DOCTYPE html><p>x</p>") == .html)
        #expect(ArticleFormat.detect("<p>One</p>\n<p>Two</p>") == .html)
        #expect(ArticleFormat.detect("# Title\n\nSome **bold** text.") == .markdown)
        #expect(ArticleFormat.detect("# Title\n\nSome text.") == .text)
        #expect(ArticleFormat.detect("# Title\n\nSome text.", hint: .markdown) == .markdown)
        #expect(ArticleFormat.detect("Some **bold** text and a [link](x).", hint: .text) == .text)
        #expect(ArticleFormat.detect("A plain story.\nWith two lines.") == .text)
        #expect(ArticleFormat(pathExtension: "HTM") == .html)
        #expect(ArticleFormat(pathExtension: "md") == .markdown)
        #expect(try Ingest.read(Array("<p>x</p>".utf8), format: .text).article.text == "<p>x</p>")
    }

    @Test("plain text blocks map to the input's bytes, after a byte order mark and in other encodings")
    func plainTextSources() throws {
        let utf8 = try Ingest.read([0xEF, 0xBB, 0xBF] + Array("Caf\u{E9}\n\nSecond".utf8))
        #expect(utf8.article.blocks.map(\.source) == [3..<8, 10..<16])
        let latin = try Ingest.read(Array("Caf".utf8) + [0xE9] + Array("\n\nSecond".utf8))
        #expect(latin.article.blocks.map(\.source) == [0..<4, 6..<12])
    }
}
