import ArgumentParser

/// An input that could not become an article, with the exit code it earns (sysexits.h values).
struct InputFailure: Error, Sendable {
    /// EX_DATAERR: the input is not text.
    static let notText: Int32 = 65
    /// EX_NOINPUT: the input is missing or unreadable.
    static let unreadable: Int32 = 66

    let code: Int32
    /// The input as the user named it.
    let source: String
    let reason: String

    var message: String { "byline: \(source): \(reason)" }
}
