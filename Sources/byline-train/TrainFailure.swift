/// A failure `byline-train` reports as one clear line (ArgumentParser prints it and exits non-zero).
struct TrainFailure: Error, CustomStringConvertible {
    let description: String

    init(_ description: String) {
        self.description = description
    }
}
