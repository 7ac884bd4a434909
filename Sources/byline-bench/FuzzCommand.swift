import ArgumentParser
import BylineCore
import BylineFuzz
import Foundation

/// `byline-bench fuzz`: runs the whole analysis, as `byline analyze` does, on generated inputs and checks its
/// invariants (`FuzzCheck`: no trap, spans inside the text, ids resolving, JSON that parses, the same output
/// twice). Seeded: a seed and a case number make the same input on every run. The cases run in a worker
/// child process; a trap or a hang ends only the worker, is reported with the seed, the case number and
/// the input written to a file, and a new worker goes on from the next case.
struct FuzzCommand: ParsableCommand {
    static let configuration = CommandConfiguration(
        commandName: "fuzz",
        abstract: "Check the analysis's invariants on generated inputs.")

    @Option(help: "The run's seed: the same seed and case number give the same input.")
    var seed: UInt64 = 1

    @Option(help: "How many cases to run (numbered from 0, or from --from).")
    var cases = 10_000

    @Option(name: .customLong("time-limit"), help: "Stop after this many seconds even if cases remain.")
    var timeLimit: Double?

    @Option(name: .customLong("max-length"), help: "The longest generated input in scalars (long tokens come on top).")
    var maxLength = 400

    @Option(name: .customLong("case-timeout"), help: "Seconds one case may take before it counts as a hang.")
    var caseTimeout = 30.0

    @Option(name: .customLong("failures"), help: "Where the inputs of failing cases are written.")
    var failureDirectory = "fuzz-failures"

    @Option(help: "The first case number.")
    var from = 0

    @Flag(help: .hidden)
    var worker = false

    func validate() throws {
        if cases < 0 || from < 0 { throw ValidationError("--cases and --from cannot be negative") }
        if maxLength < 1 { throw ValidationError("--max-length must be at least 1") }
    }

    func run() throws {
        if worker { try runWorker() } else { try supervise() }
    }

    /// The worker: each case's outcome a line, `ok N` or `fail N <problems>`, written at once so that the
    /// supervisor knows which case was running when the worker died.
    private func runWorker() throws {
        let models = try AnalysisModels.bundled()
        let generator = FuzzGenerator.standard(gazetteer: models.gazetteer, maxLength: maxLength)
        for number in from..<(from + cases) {
            let fuzzCase = generator.make(seed: seed, number: number)
            let problems = FuzzCheck.violations(fuzzCase.text, models: models, syntax: number % 2 == 1)
            let line = problems.isEmpty ? "ok \(number)\n" : "fail \(number) \(problems.joined(separator: "; ").replacingOccurrences(of: "\n", with: " "))\n"
            FileHandle.standardOutput.write(Data(line.utf8))
        }
    }

    /// The supervisor: runs workers until every case has run or the time is up, restarting after a trap or a hang.
    private func supervise() throws {
        let generator = FuzzGenerator.standard(gazetteer: try Gazetteer.bundled(), maxLength: maxLength)
        let start = DispatchTime.now().uptimeNanoseconds
        let elapsed = { Double(DispatchTime.now().uptimeNanoseconds - start) / 1e9 }
        var report = FuzzReport(seed: seed, generator: generator, directory: failureDirectory)
        var next = from
        let end = from + cases
        var lastProgress = 0.0
        runs: while next < end {
            let worker = try WorkerProcess(arguments: workerArguments(from: next, count: end - next))
            reading: while true {
                if let timeLimit, elapsed() >= timeLimit {
                    _ = worker.finish(kill: true)
                    break runs
                }
                switch worker.readLine(timeout: caseTimeout) {
                case .line(let line):
                    let fields = line.split(separator: " ", maxSplits: 2)
                    guard fields.count >= 2, let number = Int(fields[1]) else { continue }
                    if fields[0] == "fail" { try report.fail(number, fields.count > 2 ? String(fields[2]) : "") }
                    report.ran(number)
                    next = number + 1
                case .end:
                    let ending = worker.finish()
                    if next < end { try report.fail(next, "trapped (\(ending.description))", ran: true) ; next += 1 }
                    break reading
                case .timedOut:
                    _ = worker.finish(kill: true)
                    try report.fail(next, "hang: no result within \(Timing.format(caseTimeout, digits: 0)) s", ran: true)
                    next += 1
                    break reading
                }
                if elapsed() - lastProgress >= 30 {
                    lastProgress = elapsed()
                    FileHandle.standardError.write(Data("\(report.progress(seconds: lastProgress))\n".utf8))
                }
            }
        }
        print(report.summary(seconds: elapsed(), command: command))
        if report.failures > 0 { throw ExitCode.failure }
    }

    private func workerArguments(from first: Int, count: Int) -> [String] {
        ["fuzz", "--worker", "--seed", "\(seed)", "--from", "\(first)", "--cases", "\(count)", "--max-length", "\(maxLength)"]
    }

    /// The command line that repeats this run.
    private var command: String {
        var words = ["byline-bench", "fuzz", "--seed", "\(seed)", "--cases", "\(cases)", "--max-length", "\(maxLength)"]
        if from != 0 { words += ["--from", "\(from)"] }
        if let timeLimit { words += ["--time-limit", Timing.format(timeLimit, digits: 0)] }
        return words.joined(separator: " ")
    }
}
