import ArgumentParser

/// `byline-bench`: measurements of the analysis in a release build: its speed (the default), reading HTML and
/// Markdown (`ingest`), a fuzzer checking its invariants on generated inputs, and how its cost grows with
/// pathological inputs (`scaling`), and the reader's redraw after a key (`render`).
@main
struct BylineBench: ParsableCommand {
    static let configuration = CommandConfiguration(
        commandName: "byline-bench",
        abstract: "Measure the analysis (build with -c release).",
        subcommands: [SpeedCommand.self, FuzzCommand.self, IngestCommand.self, ScalingCommand.self, RenderCommand.self],
        defaultSubcommand: SpeedCommand.self)
}
