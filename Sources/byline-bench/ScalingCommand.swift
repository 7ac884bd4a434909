import ArgumentParser
import BylineCore
import BylineFuzz
import Foundation

/// `byline-bench scaling`: each pathological shape (`ScalingShape`) at 1×, 2×, 4× and 8× a base size,
/// analysed as `byline analyze` does (analysis and JSON) in a child process of its own per run: CPU time
/// (the least of `--runs`), the time ratio per doubling (at most 2.3: O(n log n) or better) and the peak
/// memory per input byte (at most 60): what each added input byte costs, the growth of the child's
/// maximum resident set size from 4× to 8× over the bytes added. (The models are memory-mapped, so the
/// pages of them a text touches count in its peak but not in an empty text's: at small sizes the peak
/// less an empty text's is mostly model pages. That figure, at 8×, is printed too.)
struct ScalingCommand: ParsableCommand {
    static let configuration = CommandConfiguration(
        commandName: "scaling",
        abstract: "Measure how the analysis's time and memory grow with pathological inputs.")

    static let maxRatio = 2.3
    static let maxBytesPerByte = 60.0

    @Option(help: "The 1× size in bytes.")
    var base = 131_072

    @Option(help: "Runs per size; the least CPU time is reported.")
    var runs = 3

    @Option(help: "Only these shapes (comma-separated names).")
    var shapes: String?

    @Option(help: .hidden)
    var worker: String?

    @Option(help: .hidden)
    var bytes = 0

    func run() throws {
        if let worker {
            try runWorker(shape: worker)
            return
        }
        let chosen = try shapes.map { list in
            try list.split(separator: ",").map { name in
                guard let shape = ScalingShape(rawValue: String(name)) else { throw ValidationError("no shape \(name)") }
                return shape
            }
        } ?? ScalingShape.allCases
        let baseline = try measure(shape: .pluralPronouns, bytes: 0)
        print("baseline (empty text): peak \(Timing.format(baseline.peakKB / 1024, digits: 1)) MB")
        print("| shape | 1× bytes | CPU ms at 1×, 2×, 4×, 8× | worst ratio per doubling | peak MB at 8× | "
              + "(peak − empty) per input byte at 8× | memory per added input byte, 4×→8× | |")
        print("|---|---:|---|---:|---:|---:|---:|---|")
        var failed = false
        for shape in chosen {
            var times: [Double] = [], peaks: [Double] = [], sizes: [Int] = []
            for factor in [1, 2, 4, 8] {
                let results = try (0..<max(1, runs)).map { _ in try measure(shape: shape, bytes: base * factor) }
                times.append(results.map(\.cpuMilliseconds).min() ?? 0)
                let peak = results.map(\.peakKB).max() ?? 0
                peaks.append(peak)
                sizes.append(results[0].bytes)
            }
            let ratio = zip(times.dropFirst(), times).map { $0 / max($1, 1e-9) }.max() ?? 0
            let overEmpty = max(0, peaks[3] - baseline.peakKB) * 1024 / Double(max(1, sizes[3]))
            let marginal = max(0, peaks[3] - peaks[2]) * 1024 / Double(max(1, sizes[3] - sizes[2]))
            let passes = ratio <= Self.maxRatio && marginal <= Self.maxBytesPerByte
            failed = failed || !passes
            print("| \(shape.rawValue) | \(sizes[0]) | \(times.map { Timing.format($0, digits: 0) }.joined(separator: ", ")) | "
                  + "\(Timing.format(ratio)) | \(Timing.format(peaks[3] / 1024, digits: 1)) | \(Timing.format(overEmpty, digits: 1)) | "
                  + "\(Timing.format(marginal, digits: 1)) | "
                  + "\(passes ? "ok" : "FAILS") |")
        }
        if failed { throw ExitCode.failure }
    }

    /// One run's figures, as the worker prints them.
    private struct Measurement {
        var bytes: Int
        var cpuMilliseconds: Double
        var peakKB: Double
    }

    /// Runs one worker on `bytes` of `shape` and reads its figures.
    private func measure(shape: ScalingShape, bytes: Int) throws -> Measurement {
        let worker = try WorkerProcess(arguments: ["scaling", "--worker", shape.rawValue, "--bytes", "\(bytes)"])
        guard case .line(let line) = worker.readLine(timeout: 600) else {
            throw ValidationError("the worker for \(shape.rawValue) at \(bytes) bytes gave no figures: \(worker.finish(kill: true).description)")
        }
        _ = worker.finish()
        let fields = line.split(separator: " ").compactMap { Double($0) }
        guard fields.count >= 3 else { throw ValidationError("the worker said \(line.debugDescription)") }
        return Measurement(bytes: Int(fields[0]), cpuMilliseconds: fields[1], peakKB: fields[2])
    }

    /// The worker: makes the text, analyses it once, prints `bytes cpu-ms peak-kB json-bytes`.
    private func runWorker(shape name: String) throws {
        guard let shape = ScalingShape(rawValue: name) else { throw ValidationError("no shape \(name)") }
        guard let sample = SampleArticle.text() else { throw ValidationError("the sample resource is missing") }
        let models = try AnalysisModels.bundled()
        let text = bytes == 0 ? "" : shape.text(bytes: bytes, article: sample)
        let start = Self.processCPUMilliseconds()
        let analysis = Analyzer.analyze(text: text, source: "scaling", models: models)
        var jsonBytes = 0
        AnalysisJSON.write(analysis, pretty: true) { jsonBytes += $0.count }
        let cpu = Self.processCPUMilliseconds() - start
        var usage = rusage()
        getrusage(RUSAGE_SELF.rawValue, &usage)
        print("\(text.utf8.count) \(Timing.format(cpu, digits: 3)) \(usage.ru_maxrss) \(jsonBytes)")
    }

    /// The process's CPU time (every thread) in milliseconds.
    static func processCPUMilliseconds() -> Double {
        var time = timespec()
        clock_gettime(CLOCK_PROCESS_CPUTIME_ID, &time)
        return Double(time.tv_sec) * 1000 + Double(time.tv_nsec) / 1_000_000
    }
}
