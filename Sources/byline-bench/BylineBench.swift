import ArgumentParser
import BylineCore
import Foundation

/// `byline-bench`: how fast the analysis runs, in a release build.
///
/// Reports model loading time, then milliseconds per article and tokens per second for the built-in sample
/// and for a large text (the sample's paragraphs reshuffled into one long article unless `--large FILE` is
/// given). Each figure is the median of several runs on one core.
@main
struct BylineBench: ParsableCommand {
    static let configuration = CommandConfiguration(
        commandName: "byline-bench",
        abstract: "Measure analysis speed (build with -c release).")

    @Option(help: "Runs per measurement; the median is reported.")
    var runs = 7

    @Option(help: "A large text file to measure instead of the generated one.")
    var large: String?

    @Option(help: "Approximate token count of the generated large text.")
    var largeTokens = 400_000

    func run() throws {
        let loadTimes = (0..<runs).map { _ in Self.milliseconds { _ = try? AnalysisModels.bundled() } }
        let models = try AnalysisModels.bundled()
        let modelTimes = (0..<runs).map { _ in Self.milliseconds { _ = try? EntityModel.bundled() } }
        let gazetteerTimes = (0..<runs).map { _ in Self.milliseconds { _ = try? Gazetteer.bundled() } }
        print("loading: \(Self.format(Self.median(loadTimes))) ms in all (entity model "
              + "\(Self.format(Self.median(modelTimes))) ms, gazetteers \(Self.format(Self.median(gazetteerTimes))) ms), "
              + "median of \(runs)")

        let syntaxLoadTimes = (0..<runs).map { _ in Self.milliseconds { _ = try? SyntaxModel.bundled() } }
        let syntax = try SyntaxModel.bundled()
        print("syntax model loading: \(Self.format(Self.median(syntaxLoadTimes))) ms, median of \(runs)")

        guard let sample = SampleArticle.text() else { throw ValidationError("the sample resource is missing") }
        try measure(name: "sample", text: sample, models: models)
        measureSyntax(name: "sample", text: sample, model: syntax)
        let largeText = try large.map { try String(contentsOfFile: $0, encoding: .utf8) }
            ?? Self.largeText(from: sample, tokens: largeTokens)
        let largeName = large ?? "large (sample paragraphs reshuffled)"
        try measure(name: largeName, text: largeText, models: models)
        measureSyntax(name: largeName, text: largeText, model: syntax)
    }

    /// Tagging and parsing alone (`SyntaxModel.annotate` on an already parsed article), in wall time and
    /// in the thread's CPU time (which leaves out time spent waiting for a core on a busy machine).
    private func measureSyntax(name: String, text: String, model: SyntaxModel) {
        let article = Article.parse(text)
        var cpuTimes: [Double] = []
        let times = (0..<runs).map { _ in
            let cpuStart = Self.threadCPUMilliseconds()
            let wall = Self.milliseconds { _ = model.annotate(article) }
            cpuTimes.append(Self.threadCPUMilliseconds() - cpuStart)
            return wall
        }
        let median = Self.median(times), cpu = Self.median(cpuTimes)
        let tokens = Double(article.tokens.count)
        print("  syntax (\(name)): tagging + parsing \(article.tokens.count) tokens in \(Self.format(median)) ms "
              + "(\(Self.format(tokens / (median / 1000), digits: 0)) tokens/s); CPU time \(Self.format(cpu)) ms "
              + "(\(Self.format(tokens / (cpu / 1000), digits: 0)) tokens/s)")
    }

    /// The calling thread's CPU time in milliseconds.
    static func threadCPUMilliseconds() -> Double {
        var time = timespec()
        clock_gettime(CLOCK_THREAD_CPUTIME_ID, &time)
        return Double(time.tv_sec) * 1000 + Double(time.tv_nsec) / 1_000_000
    }

    private func measure(name: String, text: String, models: AnalysisModels) throws {
        let tokens = Article.parse(text).tokens.count
        var analysis: Analysis?
        let times = (0..<runs).map { _ in
            Self.milliseconds { analysis = Analyzer.analyze(text: text, source: name, models: models) }
        }
        let article = Article.parse(text)
        let recognizer = EntityRecognizer(model: models.entityModel)
        let parseTimes = (0..<runs).map { _ in Self.milliseconds { _ = Article.parse(text) } }
        let documentTimes = (0..<runs).map { _ in Self.milliseconds { _ = Document(article) } }
        var document = Document(article)
        let mentionTimes = (0..<runs).map { _ in
            Self.milliseconds { document.names = MentionFinder.find(in: document, recognizer: recognizer, gazetteer: models.gazetteer) }
        }
        let linkTimes = (0..<runs).map { _ in
            Self.milliseconds { document.entities = EntityLinker.link(document.names, in: document, gazetteer: models.gazetteer) }
        }
        let quoteTimes = (0..<runs).map { _ in
            Self.milliseconds { document.quotes = QuoteAttributor.quotes(in: document, gazetteer: models.gazetteer) }
        }
        let relationTimes = (0..<runs).map { _ in
            Self.milliseconds { _ = RelationExtractor.relations(in: document, gazetteer: models.gazetteer) }
        }
        let median = Self.median(times)
        let perSecond = Double(tokens) / (median / 1000)
        print("\(name): \(tokens) tokens, \(analysis?.entities.count ?? 0) entities, \(analysis?.quotes.count ?? 0) quotes; "
              + "analysis \(Self.format(median)) ms (\(Self.format(perSecond, digits: 0)) tokens/s)")
        print("  stages: text model \(Self.format(Self.median(parseTimes))) ms, document layers "
              + "\(Self.format(Self.median(documentTimes))) ms, mentions "
              + "\(Self.format(Self.median(mentionTimes))) ms, linking \(Self.format(Self.median(linkTimes))) ms, "
              + "quotes \(Self.format(Self.median(quoteTimes))) ms, relations \(Self.format(Self.median(relationTimes))) ms")
    }

    /// Paragraphs of the sample in a fixed pseudo-random order until about `tokens` tokens.
    static func largeText(from sample: String, tokens: Int) -> String {
        let paragraphs = sample.split(separator: "\n").map(String.init)
        let perParagraph = max(1, Article.parse(sample).tokens.count / max(1, paragraphs.count))
        var state: UInt64 = 0x9E37_79B9_7F4A_7C15
        var chosen: [String] = []
        for _ in 0..<(tokens / perParagraph) {
            state = state &* 6364136223846793005 &+ 1442695040888963407
            chosen.append(paragraphs[Int((state >> 33) % UInt64(paragraphs.count))])
        }
        return chosen.joined(separator: "\n\n")
    }

    static func milliseconds(_ work: () -> Void) -> Double {
        let start = DispatchTime.now().uptimeNanoseconds
        work()
        return Double(DispatchTime.now().uptimeNanoseconds - start) / 1_000_000
    }

    static func median(_ values: [Double]) -> Double {
        let sorted = values.sorted()
        return sorted.isEmpty ? 0 : sorted[sorted.count / 2]
    }

    static func format(_ value: Double, digits: Int = 2) -> String {
        String(format: "%.\(digits)f", value)
    }
}
