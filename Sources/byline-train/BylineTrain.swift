import ArgumentParser

/// Trains and measures Byline's models from the shared corpora.
@main
struct BylineTrain: ParsableCommand {
    static let configuration = CommandConfiguration(
        commandName: "byline-train",
        abstract: "Train and evaluate Byline's models: named entities, the tagger and parser, coreference and quote attribution.",
        subcommands: [TrainNERCommand.self, TrainSyntaxCommand.self, ParseCommand.self, EvalParseCommand.self, EvaluateCommand.self,
                      BenchmarkCommand.self, LabelCommand.self, GAPCommand.self, CorefCommand.self, QuotesCommand.self, QuoteConfidenceCommand.self, CuesCommand.self]
    )
}
