import BylineCore
import Foundation
import Testing

/// The article development set (Fixtures/Articles: twenty invented news articles with hand annotation, see
/// its README) scored by the project's scorer, ../shared/tools/score.py, through the folder's score_set.py.
/// Each half must keep the figures it has reached for relations, entity mentions and quote speakers: the
/// tuning half is what the rules were tuned on, the held-out half is only measured. Skips when ../shared or
/// python3 is absent.
@Suite(.enabled(if: RelationDevSet.scorer != nil, "needs ../shared/tools/score.py and python3"))
struct RelationDevSetTests {
    /// The lowest figures a half may give: gold relations found, correct predictions as a share of all, the
    /// mean entity-mention F1 of its articles, and the share of gold direct quotes given the right speaker.
    struct Floor: Sendable {
        var found: Int
        var precision: Double
        var entityF1: Double
        var speakersRight: Double
    }

    /// A little under the figures reached (BENCHMARKS.md, "Relations": tuning 72 found, precision 0.900,
    /// entity F1 0.791, speakers 0.809; held-out 154, 0.875, 0.800, 0.747), so that another stage's small
    /// changes do not fail it without a real drop.
    static let floors: [String: Floor] = [
        "tune": Floor(found: 70, precision: 0.88, entityF1: 0.77, speakersRight: 0.78),
        "heldout": Floor(found: 150, precision: 0.85, entityF1: 0.78, speakersRight: 0.72),
    ]

    @Test(arguments: ["tune", "heldout"]) func relationsKeepTheirFloor(half: String) throws {
        let scorer = try #require(RelationDevSet.scorer)
        let out = try RelationDevSet.analyses(half)
        defer { try? FileManager.default.removeItem(at: out) }
        let script = RelationDevSet.folder.appendingPathComponent("score_set.py").path
        let report = try #require(RelationDevSet.run(["python3", script, scorer.path, out.path, half]))
        let lines = report.split(separator: "\n").suffix(3).map(String.init)
        try #require(lines.count == 3, "unexpected report: \(report)")
        // "entity mentions F1 (mean of 6 articles) = 0.791"
        // "quotes found 47/47 = 1.000, speaker right 38/47 = 0.809"
        // "relations found 17/99 = 0.172, precision 17/33 = 0.515"
        let entities = Self.numbers(lines[0]), quotes = Self.numbers(lines[1]), total = Self.numbers(lines[2])
        try #require(entities.count == 3 && quotes.count == 6 && total.count == 6, "unexpected report: \(report)")
        let floor = try #require(Self.floors[half])
        #expect(Int(total[0]) >= floor.found, "\(half): \(lines[2])")
        #expect(total[5] >= floor.precision, "\(half): \(lines[2])")
        #expect(entities[2] >= floor.entityF1, "\(half): \(lines[0])")
        #expect(quotes[5] >= floor.speakersRight, "\(half): \(lines[1])")
    }

    /// The numbers of a report line, in order (a number is a run of digits and points, so "F1" gives a 1).
    static func numbers(_ line: String) -> [Double] {
        line.split(whereSeparator: { !$0.isNumber && $0 != "." }).compactMap { Double($0) }
    }

    /// The sample's gold relations are all found (a check on the sample, never a target).
    @Test func sampleKeepsEveryGoldRelation() throws {
        let scorer = try #require(RelationDevSet.scorer)
        let textFile = RelationDevSet.shared.appendingPathComponent("samples/trump-russia-all-time-low.txt")
        let text = try String(contentsOf: textFile, encoding: .utf8)
        let analysis = Analyzer.analyze(text: text, source: "sample", models: try AnalysisModels.bundled())
        let out = FileManager.default.temporaryDirectory.appendingPathComponent("byline-sample-\(UUID().uuidString).json")
        try AnalysisJSON.encode(analysis, pretty: false).write(to: out, atomically: true, encoding: .utf8)
        defer { try? FileManager.default.removeItem(at: out) }
        let gold = RelationDevSet.shared.appendingPathComponent("gold/trump-russia-all-time-low.gold.json")
        let report = try #require(RelationDevSet.run(["python3", scorer.path, gold.path, out.path]))
        #expect(report.contains("relations found 18/18"), "\(report)")
    }
}

/// Where the development set and the scorer are, and how to run them.
enum RelationDevSet {
    static let repository = URL(fileURLWithPath: #filePath).deletingLastPathComponent().deletingLastPathComponent()
        .deletingLastPathComponent()
    static let folder = URL(fileURLWithPath: #filePath).deletingLastPathComponent()
        .appendingPathComponent("Fixtures/Articles")
    static let shared = repository.deletingLastPathComponent().appendingPathComponent("shared")

    /// ../shared/tools/score.py, when it and python3 are there.
    static let scorer: URL? = {
        let script = shared.appendingPathComponent("tools/score.py")
        guard FileManager.default.fileExists(atPath: script.path), run(["python3", "--version"]) != nil else { return nil }
        return script
    }()

    /// Runs a command and returns its standard output, or nil when it cannot run or fails.
    static func run(_ arguments: [String]) -> String? {
        let process = Process()
        process.executableURL = URL(fileURLWithPath: "/usr/bin/env")
        process.arguments = arguments
        let output = Pipe()
        process.standardOutput = output
        process.standardError = FileHandle.nullDevice
        guard (try? process.run()) != nil else { return nil }
        let data = output.fileHandleForReading.readDataToEndOfFile()
        process.waitUntilExit()
        return process.terminationStatus == 0 ? String(decoding: data, as: UTF8.self) : nil
    }

    /// Analyses the articles whose names start with `prefix` into a fresh folder, named as score_set.py expects.
    static func analyses(_ prefix: String) throws -> URL {
        let out = FileManager.default.temporaryDirectory.appendingPathComponent("byline-relations-\(prefix)-\(UUID().uuidString)")
        try FileManager.default.createDirectory(at: out, withIntermediateDirectories: true)
        let models = try AnalysisModels.bundled()
        let names = try FileManager.default.contentsOfDirectory(atPath: folder.path)
            .filter { $0.hasPrefix(prefix) && $0.hasSuffix(".txt") }
        #expect(names.count >= 6, "each half has six articles")
        for name in names {
            let text = try String(contentsOf: folder.appendingPathComponent(name), encoding: .utf8)
            let analysis = Analyzer.analyze(text: text, source: name, models: models)
            let json = AnalysisJSON.encode(analysis, pretty: false)
            try json.write(to: out.appendingPathComponent(String(name.dropLast(4)) + ".json"), atomically: true, encoding: .utf8)
        }
        return out
    }
}
