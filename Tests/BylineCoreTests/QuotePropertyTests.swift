import BylineCore
import Testing

/// Random and mutated texts through the quotation finder and attributor: no trap, spans inside the text,
/// direct quotations in order, not overlapping, and never across a paragraph without a re-opening mark.
@Suite struct QuotePropertyTests {
    /// The problems of one text's quotations, empty when it keeps every invariant.
    private func violations(_ text: String) -> [String] {
        let article = Article.parse(text)
        var problems: [String] = []
        let direct = QuoteFinder.quotations(in: Document(article))
        for (previous, next) in zip(direct, direct.dropFirst()) where previous.end > next.start {
            problems.append("overlap \(previous) \(next)")
        }
        for range in direct where range.start < 0 || range.end > article.length || range.length < 2 {
            problems.append("out of bounds \(range)")
        }
        for range in direct {
            let crossed = article.paragraphs.filter { $0.overlaps(range) }
            for paragraph in crossed.dropFirst() {
                let first = article.scalars[paragraph.start]
                if !first.properties.isQuotationMark, first != "`" { problems.append("crosses a paragraph without reopening \(range)") }
            }
        }
        let quotes = QuoteAttributor.quotes(in: Document(article), gazetteer: Gazetteer(), confidence: .raw)
        for quote in quotes where quote.range.start < 0 || quote.range.end > article.length {
            problems.append("quote out of bounds \(quote.range)")
        }
        if quotes.map(\.range) != quotes.map(\.range).sorted() { problems.append("quotes out of order") }
        return problems
    }

    @Test(arguments: [21, 22, 23] as [UInt64])
    func randomTexts(seed: UInt64) {
        var generator = TextGenerator(seed: seed)
        let marks = ["“", "”", "‘", "’", "\"", "'", "«", "»", "„", "``", "''", " said ", " he added, ", "\n\n“", ". "]
        var random = SplitMix64(seed: seed)
        var failures: [String] = []
        for _ in 0..<600 {
            var text = generator.randomText(maxPieces: 30)
            for _ in 0..<Int(random.next() % 8) {
                let mark = marks[Int(random.next() % UInt64(marks.count))]
                let scalars = Array(text.unicodeScalars)
                let at = scalars.isEmpty ? 0 : Int(random.next() % UInt64(scalars.count + 1))
                var view = String.UnicodeScalarView()
                view.append(contentsOf: scalars[..<at])
                view.append(contentsOf: mark.unicodeScalars)
                view.append(contentsOf: scalars[at...])
                text = String(view)
            }
            let problems = violations(text)
            if !problems.isEmpty, failures.count < 5 { failures.append("\(text.debugDescription): \(problems)") }
        }
        #expect(failures == [])
    }

    @Test(arguments: [31, 32] as [UInt64])
    func mutatedSample(seed: UInt64) {
        let sample = Array(Fixture.sample.unicodeScalars)
        var generator = TextGenerator(seed: seed)
        var failures: [String] = []
        for _ in 0..<150 {
            let text = generator.mutated(sample, maxLength: 1_500)
            let problems = violations(text)
            if !problems.isEmpty, failures.count < 5 { failures.append("\(text.debugDescription): \(problems)") }
        }
        #expect(failures == [])
    }
}
