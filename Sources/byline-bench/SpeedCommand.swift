import ArgumentParser
import BylineCore
import Foundation

/// `byline-bench speed` (the default): how fast the analysis runs, in a release build.
///
/// Reports model loading time, then milliseconds per article and tokens per second for the built-in sample
/// and for a large text (the sample's paragraphs reshuffled into one long article unless `--large FILE` is
/// given). Each figure is the median of several runs on one core.
struct SpeedCommand: ParsableCommand {
    static let configuration = CommandConfiguration(
        commandName: "speed",
        abstract: "Measure analysis speed (build with -c release).")

    @Option(help: "Runs per measurement; the median is reported.")
    var runs = 7

    @Option(help: "A large text file to measure instead of the generated one.")
    var large: String?

    @Option(help: "Approximate token count of the generated large text.")
    var largeTokens = 400_000

    func run() throws {
        let loadTimes = (0..<runs).map { _ in Timing.milliseconds { _ = try? AnalysisModels.bundled() } }
        let models = try AnalysisModels.bundled()
        let modelTimes = (0..<runs).map { _ in Timing.milliseconds { _ = try? EntityModel.bundled() } }
        let gazetteerTimes = (0..<runs).map { _ in Timing.milliseconds { _ = try? Gazetteer.bundled() } }
        print("loading: \(Timing.format(Timing.median(loadTimes))) ms in all (entity model "
              + "\(Timing.format(Timing.median(modelTimes))) ms, gazetteers \(Timing.format(Timing.median(gazetteerTimes))) ms), "
              + "median of \(runs)")

        let syntaxLoadTimes = (0..<runs).map { _ in Timing.milliseconds { _ = try? SyntaxModel.bundled() } }
        let syntax = try SyntaxModel.bundled()
        print("syntax model loading: \(Timing.format(Timing.median(syntaxLoadTimes))) ms, median of \(runs)")

        guard let sample = SampleArticle.text() else { throw ValidationError("the sample resource is missing") }
        try measure(name: "sample", text: sample, models: models)
        measureSyntax(name: "sample", text: sample, model: syntax)
        let largeText = try large.map { try String(contentsOfFile: $0, encoding: .utf8) }
            ?? Self.largeText(from: sample, tokens: largeTokens)
        let largeName = large ?? "large (sample paragraphs reshuffled)"
        try measure(name: largeName, text: largeText, models: models)
        measureSyntax(name: largeName, text: largeText, model: syntax)
    }

    /// Tagging and parsing alone (`SyntaxModel.annotate` on an already made `Document`), in wall time and
    /// in the thread's CPU time (which leaves out time spent waiting for a core on a busy machine).
    private func measureSyntax(name: String, text: String, model: SyntaxModel) {
        let article = Article.parse(text)
        let document = Document(article)
        var cpuTimes: [Double] = []
        let times = (0..<runs).map { _ in
            let cpuStart = Timing.threadCPUMilliseconds()
            let wall = Timing.milliseconds { _ = model.annotate(document) }
            cpuTimes.append(Timing.threadCPUMilliseconds() - cpuStart)
            return wall
        }
        let median = Timing.median(times), cpu = Timing.median(cpuTimes)
        let tokens = Double(article.tokens.count)
        print("  syntax (\(name)): tagging + parsing \(article.tokens.count) tokens in \(Timing.format(median)) ms "
              + "(\(Timing.format(tokens / (median / 1000), digits: 0)) tokens/s); CPU time \(Timing.format(cpu)) ms "
              + "(\(Timing.format(tokens / (cpu / 1000), digits: 0)) tokens/s)")
    }

    private func measure(name: String, text: String, models: AnalysisModels) throws {
        let tokens = Article.parse(text).tokens.count
        var analysis: Analysis?
        let times = (0..<runs).map { _ in
            Timing.milliseconds { analysis = Analyzer.analyze(text: text, source: name, models: models) }
        }
        let article = Article.parse(text)
        let recognizer = EntityRecognizer(model: models.entityModel, gazetteer: models.gazetteer)
        let parseTimes = (0..<runs).map { _ in Timing.milliseconds { _ = Article.parse(text) } }
        let documentTimes = (0..<runs).map { _ in Timing.milliseconds { _ = Document(article) } }
        var document = Document(article)
        let mentionTimes = (0..<runs).map { _ in
            Timing.milliseconds { document.names = MentionFinder.find(in: document, recognizer: recognizer, gazetteer: models.gazetteer) }
        }
        let linkTimes = (0..<runs).map { _ in
            Timing.milliseconds { document.entities = EntityLinker.link(document.names, in: document, gazetteer: models.gazetteer) }
        }
        let quoteTimes = (0..<runs).map { _ in
            Timing.milliseconds { document.quotes = QuoteAttributor.quotes(in: document, gazetteer: models.gazetteer, confidence: models.quoteConfidence) }
        }
        let relationTimes = (0..<runs).map { _ in
            Timing.milliseconds { _ = RelationExtractor.relations(in: document, gazetteer: models.gazetteer) }
        }
        let median = Timing.median(times)
        let perSecond = Double(tokens) / (median / 1000)
        print("\(name): \(tokens) tokens, \(analysis?.entities.count ?? 0) entities, \(analysis?.quotes.count ?? 0) quotes; "
              + "analysis \(Timing.format(median)) ms (\(Timing.format(perSecond, digits: 0)) tokens/s)")
        print("  stages: text model \(Timing.format(Timing.median(parseTimes))) ms, document layers "
              + "\(Timing.format(Timing.median(documentTimes))) ms, mentions "
              + "\(Timing.format(Timing.median(mentionTimes))) ms, linking \(Timing.format(Timing.median(linkTimes))) ms, "
              + "quotes \(Timing.format(Timing.median(quoteTimes))) ms, relations \(Timing.format(Timing.median(relationTimes))) ms")
    }

    /// Paragraphs of the sample in a fixed pseudo-random order until about `tokens` tokens.
    static func largeText(from sample: String, tokens: Int) -> String {
        let paragraphs = sample.split(separator: "\n").map(String.init)
        let perParagraph = max(1, Article.parse(sample).tokens.count / max(1, paragraphs.count))
        var random = SplitMix64(seed: 1)
        let chosen = (0..<(tokens / perParagraph)).map { _ in paragraphs[random.below(paragraphs.count)] }
        return chosen.joined(separator: "\n\n")
    }
}
