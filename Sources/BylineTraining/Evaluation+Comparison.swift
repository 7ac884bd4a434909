import Foundation

extension Evaluation {
    /// A table of overall precision, recall and F1 per split, the model alone beside the pipeline;
    /// splits are paired by position (the pipeline list may be shorter).
    public static func comparison(modelOnly: [Evaluation], pipeline: [Evaluation]) -> String {
        var lines = ["split              model P   R     F1    | pipeline P   R     F1"]
        for (model, whole) in zip(modelOnly, pipeline) {
            func cells(_ counts: SpanCounts) -> String {
                String(format: "%5.1f %5.1f %5.1f", counts.precision, counts.recall, counts.f1)
            }
            lines.append(model.corpus.padding(toLength: 19, withPad: " ", startingAt: 0)
                         + cells(model.overall) + "       | " + cells(whole.overall))
        }
        return lines.joined(separator: "\n")
    }
}
