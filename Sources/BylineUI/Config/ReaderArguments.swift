/// The plain reader invocation, `byline [--no-color] [--no-mouse] [--benchmark-exit WHEN] [FILE...]`,
/// read from the command line by hand.
///
/// The reader's start should not wait for the general argument parser, which builds every command's
/// options by reflection (a few milliseconds, a fifth of the start). Only a command line that can mean
/// nothing but the reader is read here: anything else — an option not listed above, `--`, a repeated
/// flag, an empty argument, an operand that names a command — gives nil and is left to the general
/// parser, so its behaviour and messages stay the only ones.
public struct ReaderArguments: Equatable, Sendable {
    /// The operands: files, folders, or `-` for standard input; none means the built-in sample.
    public var files: [String] = []
    /// `--no-color` was given.
    public var noColor = false
    /// `--no-mouse` was given.
    public var noMouse = false
    /// The value of `--benchmark-exit`, unchecked (the caller knows its values).
    public var benchmarkExit: String?

    /// Reads `arguments` (without the program's name), or nil when they are not a plain reader
    /// invocation; `commandNames` are the words that would choose another command (`help` included).
    public init?(_ arguments: [String], commandNames: Set<String>) {
        var index = 0
        while index < arguments.count {
            let argument = arguments[index]
            switch argument {
            case "--no-color" where !noColor:
                noColor = true
            case "--no-mouse" where !noMouse:
                noMouse = true
            case "--benchmark-exit" where benchmarkExit == nil && index + 1 < arguments.count:
                index += 1
                let value = arguments[index]
                guard !value.isEmpty, !value.hasPrefix("-") else { return nil }
                benchmarkExit = value
            default:
                let isOperand = argument == "-" || !(argument.isEmpty || argument.hasPrefix("-"))
                guard isOperand, !commandNames.contains(argument) else { return nil }
                files.append(argument)
            }
            index += 1
        }
    }

    /// The arguments of a reader with nothing asked for.
    public init() {}
}
