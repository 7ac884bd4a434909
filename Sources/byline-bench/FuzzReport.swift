import BylineFuzz
import Foundation

/// What a fuzz run found: cases run per shape, and each failure reported with its seed, case number and
/// shape, its input written to `DIRECTORY/seed-S-case-N.txt`.
struct FuzzReport {
    let seed: UInt64
    let generator: FuzzGenerator
    let directory: String
    private(set) var cases = 0
    private(set) var failures = 0
    private var casesByShape: [FuzzShape: Int] = [:]
    private var failuresByShape: [FuzzShape: Int] = [:]

    init(seed: UInt64, generator: FuzzGenerator, directory: String) {
        self.seed = seed
        self.generator = generator
        self.directory = directory
    }

    /// Counts case `number` as run.
    mutating func ran(_ number: Int) {
        cases += 1
        casesByShape[FuzzShape.of(case: number), default: 0] += 1
    }

    /// Reports case `number` as failed with `problem` (counting it as run when `ran`) and writes its input.
    mutating func fail(_ number: Int, _ problem: String, ran: Bool = false) throws {
        if ran { self.ran(number) }
        failures += 1
        let fuzzCase = generator.make(seed: seed, number: number)
        failuresByShape[fuzzCase.shape, default: 0] += 1
        try FileManager.default.createDirectory(atPath: directory, withIntermediateDirectories: true)
        let path = "\(directory)/seed-\(seed)-case-\(number).txt"
        try Data(fuzzCase.text.utf8).write(to: URL(fileURLWithPath: path))
        FileHandle.standardOutput.write(Data("FAIL seed \(seed) case \(number) (\(fuzzCase.shape.rawValue)): \(problem); input: \(path)\n".utf8))
    }

    func progress(seconds: Double) -> String {
        "\(cases) cases, \(failures) failures, \(Timing.format(Double(cases) / max(seconds, 1e-9), digits: 0)) cases/s"
    }

    /// The run's figures: cases, failures, rate, seed, the command, and cases per shape.
    func summary(seconds: Double, command: String) -> String {
        var lines = [
            "cases: \(cases)", "failures: \(failures)", "seconds: \(Timing.format(seconds, digits: 1))",
            "cases per second: \(Timing.format(Double(cases) / max(seconds, 1e-9), digits: 0))", "seed: \(seed)",
            "command: \(command)",
        ]
        lines += FuzzShape.allCases.map { shape in
            "  \(shape.rawValue): \(casesByShape[shape, default: 0]) cases, \(failuresByShape[shape, default: 0]) failures"
        }
        return lines.joined(separator: "\n")
    }
}
