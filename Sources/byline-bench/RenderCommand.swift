import ArgumentParser
import BylineCore
import BylineThemes
import BylineUI
import Foundation

/// `byline-bench render`: how long the reader takes to redraw after a key, on a virtual screen (no
/// terminal): the key's `update`, `Screen.render` of the new state, and the comparison with the frame
/// before that a terminal painter does to find the changed cells.
///
/// Each key starts from the same reader (the article scrolled to its middle, a search made, the article
/// focused), so every frame measures one key press; the figure is the median of `--frames` frames. Measured
/// for the sample and for a long article (the sample's paragraphs reshuffled to `--megabytes`), each both
/// while its analysis runs (the text alone) and once analysed, at 80x24 and 200x60.
struct RenderCommand: ParsableCommand {
    static let configuration = CommandConfiguration(
        commandName: "render",
        abstract: "Measure the reader's redraw after a key (build with -c release).")

    @Option(help: "Frames per measurement; the median is reported.")
    var frames = 301

    @Option(help: "The size of the long article, in MB (10^6 bytes).")
    var megabytes = 10.0

    @Option(help: "A file to measure instead of the generated long article.")
    var large: String?

    @Flag(help: "Measure the sample alone.")
    var sampleOnly = false

    /// The keys measured, by name.
    static let keys: [(name: String, keys: [Key])] = [
        ("j", [.character("j")]),
        ("page down", [.character(" ")]),
        ("focus change", [.tab]),
        ("search next", [.character("n")]),
    ]

    /// The terminal sizes measured.
    static let sizes = [(80, 24), (200, 60)]

    func run() throws {
        guard let sample = SampleArticle.text() else { throw ValidationError("the sample resource is missing") }
        let models = try AnalysisModels.bundled()
        let sampleBytes = max(1, sample.utf8.count)
        let sampleTokens = Article.parse(sample).tokens.count
        let longText = try large.map { try String(contentsOfFile: $0, encoding: .utf8) }
            ?? SpeedCommand.largeText(from: sample, tokens: Int(megabytes * 1_000_000) * sampleTokens / sampleBytes)
        let longName = large ?? "long article (\(Timing.format(Double(longText.utf8.count) / 1_000_000, digits: 1)) MB)"
        let theme = try ThemeCatalog(bundledDirectory: BundledThemes.directory, userDirectory: nil).load("default")
        for (name, text) in [("sample", sample)] + (sampleOnly ? [] : [(longName, longText)]) {
            try measureOpening(name, text: text, theme: theme)
            let textOnly = Analysis(source: name, article: .textOnly(text))
            measure(name + ", text only", analysis: textOnly, theme: theme)
            var analysis: Analysis?
            let took = Timing.milliseconds { analysis = Analyzer.analyze(text: text, source: name, models: models) }
            print("  (analysed in \(Timing.format(took, digits: 0)) ms)")
            if let analysis { measure(name + ", analysed", analysis: analysis, theme: theme) }
        }
    }

    /// Prints what the first frame costs in the process, step by step, at 80x24 and 200x60: reading the
    /// bytes into an article (decoding, paragraphs), the reader's state (the first page wrapped), and
    /// drawing the frame; then, for comparison, wrapping the whole text, which the reader does a step at
    /// a time after the first frame. The analysis comes after the first frame, so it is not part of it.
    private func measureOpening(_ name: String, text: String, theme: Theme) throws {
        let bytes = Array(text.utf8)
        let runs = 7
        var read: IngestedArticle?
        let readTimes = (0..<runs).map { _ in Timing.milliseconds { read = try? Ingest.read(bytes) } }
        guard let read else { throw ValidationError("\(name) could not be read") }
        let article = Article.textOnly(read.article)
        var figures = ["read \(Timing.format(Timing.median(readTimes)))"]
        for (width, height) in Self.sizes {
            var state: AppState?
            let stateTimes = (0..<runs).map { _ in
                Timing.milliseconds {
                    state = AppState.opening(articles: [(article, name)], width: width, height: height).0
                }
            }
            let renderTimes = (0..<runs).map { _ in
                Timing.milliseconds { if let state { blackHole(Screen.render(state, theme: theme)) } }
            }
            let wrapWidth = state?.layout.width ?? width
            let wholeTimes = (0..<3).map { _ in
                Timing.milliseconds { blackHole(ArticleLayout(article: article, width: wrapWidth)) }
            }
            figures.append("\(width)x\(height): state \(Timing.format(Timing.median(stateTimes))), "
                           + "frame \(Timing.format(Timing.median(renderTimes))) "
                           + "(the whole layout, laid out a step at a time after it: "
                           + "\(Timing.format(Timing.median(wholeTimes))))")
        }
        print("\(name), first frame in the process, ms (median of \(runs)): " + figures.joined(separator: "; "))
    }

    /// Prints the median redraw time of each key at each size for `analysis`.
    private func measure(_ name: String, analysis: Analysis, theme: Theme) {
        print("\(name): redraw after a key, ms per frame (median of \(frames))")
        for (width, height) in Self.sizes {
            let base = Self.reader(on: analysis, width: width, height: height)
            let before = Screen.render(base, theme: theme)
            var figures: [String] = []
            for (keyName, keys) in Self.keys {
                let times = (0..<frames).map { _ in
                    Timing.milliseconds {
                        var state = base
                        for key in keys { state = update(state, .key(key)).0 }
                        let frame = Screen.render(state, theme: theme)
                        blackHole(Self.changedRows(frame, before))
                    }
                }
                figures.append("\(keyName) \(Timing.format(Timing.median(times), digits: 3))")
            }
            print("  \(width)x\(height): " + figures.joined(separator: ", "))
        }
    }

    /// The reader on `analysis` at `width` x `height`, scrolled to the middle of the article, a search for
    /// a common word made from there, and the article focused.
    static func reader(on analysis: Analysis, width: Int, height: Int) -> AppState {
        var state = AppState(analysis: analysis, width: width, height: height)
        state = update(state, .key(.character("5"))).0
        state = update(state, .key(.character("0"))).0
        state = update(state, .key(.character("%"))).0
        for key in [Key.character("/")] + "the".map(Key.character) + [.enter] {
            state = update(state, .key(key)).0
        }
        return state
    }

    /// The number of rows that differ between two frames of one size, as a painter finds them.
    static func changedRows(_ a: Buffer, _ b: Buffer) -> Int {
        guard a.width == b.width, a.height == b.height else { return a.height }
        var changed = 0
        for y in 0..<a.height where (0..<a.width).contains(where: { a[$0, y] != b[$0, y] }) {
            changed += 1
        }
        return changed
    }
}

/// Keeps a value alive so the optimizer cannot drop the work that made it.
@inline(never)
func blackHole<T>(_ value: T) {
    withExtendedLifetime(value) {}
}
