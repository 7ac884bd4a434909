import BylineCore

/// Makes the fuzzer's inputs. Pure and reproducible: case `number` of a run with `seed` is the same text on
/// every run and platform, made from its own generator (`SplitMix64` seeded with the seed and the number),
/// so any one case can be made again alone.
public struct FuzzGenerator: Sendable {
    let sources: [SourceText]
    /// Every token boundary of every source, as (source, boundary index): prefixes and suffixes walk through
    /// them in turn.
    let cuts: [(source: Int, boundary: Int)]
    /// Words that start or end a title ("president", "secretary of state"), from the gazetteer.
    let titles: [String]
    /// Written forms of the reporting verbs ("said", "told", "according").
    let cues: [String]
    /// The longest input in scalars, before long tokens are added.
    public let maxLength: Int

    /// A generator cutting and mutating `articles`, with title and cue words to put at text ends.
    public init(articles: [String], titles: [String], cues: [String], maxLength: Int) {
        let sources = articles.map(SourceText.init)
        self.sources = sources
        cuts = sources.indices.flatMap { source in sources[source].boundaries.indices.map { (source, $0) } }
        self.titles = titles.isEmpty ? ["president"] : titles
        self.cues = cues.isEmpty ? ["said"] : cues
        self.maxLength = max(1, maxLength)
    }

    /// The sample article (when the resource is there) and the fuzzer's own articles, with the gazetteer's
    /// titles and the core's reporting verbs.
    public static func standard(gazetteer: Gazetteer, maxLength: Int) -> FuzzGenerator {
        FuzzGenerator(articles: (SampleArticle.text().map { [$0] } ?? []) + SeedArticles.all,
                      titles: gazetteer.entries(in: .title).map(\.name).sorted(),
                      cues: ReportingVerbs.writtenForms, maxLength: maxLength)
    }

    /// Case `number` of the run with `seed`.
    public func make(seed: UInt64, number: Int) -> FuzzCase {
        let shape = FuzzShape.of(case: number)
        var random = SplitMix64(seed: StableHash.combine(seed, UInt64(number)))
        var text = Mutation(seed: random.next())
        let round = number / FuzzShape.allCases.count
        switch shape {
        case .randomUnicode:
            text.randomUnicode(count: random.below(maxLength / 4 + 1), words: words(&random))
        case .controlsInText:
            text.append(window(&random))
            text.insertControls(count: 1 + random.below(8))
        case .prefix:
            let cut = cuts[(round &+ Int(truncatingIfNeeded: seed % 65_521)) % cuts.count]
            let source = sources[cut.source]
            text.append(source, source.window(endingAt: source.boundaries[cut.boundary], maxLength: maxLength))
        case .suffix:
            let cut = cuts[(round &+ Int(truncatingIfNeeded: seed % 65_521)) % cuts.count]
            let source = sources[cut.source]
            text.append(source, source.window(startingAt: source.boundaries[cut.boundary], maxLength: maxLength))
        case .splice:
            splice(into: &text, random: &random)
        case .quotationMarks:
            text.append(window(&random))
            text.changeQuotationMarks(count: 1 + random.below(5))
        case .hardWrapped:
            text.append(window(&random))
            text.hardWrap()
        case .sentencePerLine:
            sentencePerLine(into: &text, random: &random)
        case .allCaps:
            text.append(window(&random))
            text.changeCase()
        case .longTokens:
            text.append(window(&random))
            text.insertLongTokens(count: 1 + random.below(3), limit: max(64, maxLength * 2))
        case .textEnds:
            text.append(window(&random))
            text.putWordsAtEnds(titles: titles, cues: cues)
        }
        return FuzzCase(number: number, shape: shape, text: text.string)
    }

    /// A random source's random stretch of whole paragraphs.
    private func window(_ random: inout SplitMix64) -> String {
        let source = sources[random.below(sources.count)]
        return source.string(source.paragraphWindow(maxLength: maxLength, random: &random))
    }

    /// A few words of the sources, for random text to be made of.
    private func words(_ random: inout SplitMix64) -> [String] {
        let source = sources[random.below(sources.count)]
        return (0..<8).map { _ in
            let token = source.tokens[random.below(source.tokens.count)]
            return source.string(token.start..<token.end)
        }
    }

    /// The start of one source up to a token boundary, a joint, and another's end from a token boundary.
    private func splice(into text: inout Mutation, random: inout SplitMix64) {
        let first = sources[random.below(sources.count)], second = sources[random.below(sources.count)]
        let half = max(1, maxLength / 2)
        text.append(first, first.window(endingAt: first.boundaries[random.below(first.boundaries.count)], maxLength: half))
        text.append(["", " ", "\n", "\n\n", "\r\n", "\u{2029}"][random.below(6)])
        text.append(second, second.window(startingAt: second.boundaries[random.below(second.boundaries.count)], maxLength: half))
    }

    /// The sentences of a stretch of a source, each on its own line.
    private func sentencePerLine(into text: inout Mutation, random: inout SplitMix64) {
        let source = sources[random.below(sources.count)]
        let range = source.paragraphWindow(maxLength: maxLength, random: &random)
        let separator = ["\n", "\n", "\r\n", "\n\n"][random.below(4)]
        let sentences = source.sentences.filter { range.contains($0.start) && $0.end <= range.upperBound }
        text.append(sentences.map { source.string($0.start..<$0.end) }.joined(separator: separator))
    }
}
