import ArgumentParser
import BylineTraining
import Foundation

/// `byline-train cues`: the attribution cue inventory learned from the cue spans of PolNeAR's train
/// part (`CueLearning`), written as a lexicon file.
struct CuesCommand: ParsableCommand {
    static let configuration = CommandConfiguration(
        commandName: "cues",
        abstract: "Learn the attribution cue inventory from PolNeAR's train part."
    )

    @Option(help: "The corpora folder (reads polnear-train/polnear-train.jsonl).")
    var corpora: String
    @Option(help: "The lexicon file to write.")
    var out = "Sources/BylineCore/Resources/Lexicons/cues.txt"
    @Option(help: "Keep lemmas annotated as cues at least this often.")
    var minimumCount = CueLearning().minimumCount
    @Option(help: "Keep lemmas and forms that are cues in at least this share of their occurrences.")
    var minimumShare = CueLearning().minimumShare
    @Flag(help: "Also print each cue's forms with their counts.")
    var verbose = false

    func validate() throws {
        if minimumCount < 1 { throw ValidationError("--minimum-count must be at least 1") }
        if !(0...1).contains(minimumShare) { throw ValidationError("--minimum-share must be between 0 and 1") }
    }

    func run() throws {
        let articles = try PolNeARReader.articles(of: .train, corpora: URL(fileURLWithPath: corpora))
        var learning = CueLearning()
        learning.minimumCount = minimumCount
        learning.minimumShare = minimumShare
        let result = learning.learn(from: articles)
        let text = learning.file(result.cues, source: "PolNeAR's train part (Newell, Margolin and Ruths, LREC 2018)")
        do {
            try Data(text.utf8).write(to: URL(fileURLWithPath: out))
        } catch {
            throw TrainFailure("cannot write \(out) (\(error.localizedDescription))")
        }
        print("\(articles.count) train articles, \(result.spanCount) cue spans (\(result.spansWithoutWords) without words)")
        print("transparent words: \(result.transparentWords.joined(separator: " "))")
        print("\(result.cues.count) cues, \(result.cues.reduce(0) { $0 + $1.forms.count }) forms -> \(out)")
        guard verbose else { return }
        for cue in result.cues {
            let forms = cue.forms.map { "\($0.text) \($0.cueCount)/\($0.occurrences)" }.joined(separator: ", ")
            print("\(cue.lemma)\t\(cue.cueCount)/\(cue.occurrences)\t\(forms)")
        }
    }
}
