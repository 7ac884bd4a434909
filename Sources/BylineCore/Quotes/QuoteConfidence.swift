import Foundation

/// What a direct quotation's `confidence` means: the share of quotations attributed the same way whose
/// speaker is right.
///
/// Each attribution rule sets a raw confidence (`Attribution.confidence`: 0.9 for a name next to its cue,
/// 0.75 for a governing clause, 0.6 for a continuation, …). The table maps every raw confidence, split by
/// whether the speaker resolved to an entity, to the share of direct quotations with that raw confidence
/// whose speaker was right on PolNeAR's train part (Newell, Margolin and Ruths, LREC 2018), by the shared
/// scorer's rule. `byline-train quote-confidence` fits it and writes `Resources/Models/quote-confidence.tsv`;
/// the development part is only measured with it (BENCHMARKS.md, "Quote attribution on political news").
/// A quotation with no speaker gets `unattributed`.
public struct QuoteConfidence: Sendable, Hashable {
    /// One fitted bin: a raw confidence, whether the speaker is an entity, how many train quotations had
    /// it and the share of them with the right speaker.
    public struct Bin: Sendable, Hashable {
        public var raw: Double
        public var named: Bool
        public var count: Int
        public var share: Double

        public init(raw: Double, named: Bool, count: Int, share: Double) {
            self.raw = raw
            self.named = named
            self.count = count
            self.share = share
        }
    }

    /// A malformed line of a confidence table.
    public struct Failure: Error, CustomStringConvertible, Equatable {
        public var line: Int
        public var description: String { "quote confidence table: line \(line) is not raw TAB named TAB count TAB share" }
    }

    /// The confidence of a quotation credited to nobody.
    public static let unattributed = 0.05

    /// The fitted bins.
    public let bins: [Bin]

    public init(bins: [Bin]) {
        self.bins = bins
    }

    /// No table: every attributed quotation keeps its rule's raw confidence (what the fit reads).
    public static let raw = QuoteConfidence(bins: [])

    /// The table shipped as `Resources/Models/quote-confidence.tsv`.
    public static func bundled() throws -> QuoteConfidence {
        guard let url = Bundle.module.url(forResource: "quote-confidence", withExtension: "tsv", subdirectory: "Models") else {
            throw CocoaError(.fileNoSuchFile)
        }
        return try QuoteConfidence(text: String(contentsOf: url, encoding: .utf8))
    }

    /// Reads a table: one bin a line, `raw TAB named (0/1) TAB count TAB share`; lines starting with "#"
    /// and blank lines skipped.
    public init(text: String) throws(Failure) {
        var bins: [Bin] = []
        for (index, line) in text.split(separator: "\n", omittingEmptySubsequences: false).enumerated() {
            guard !line.isEmpty, !line.hasPrefix("#") else { continue }
            let fields = line.split(separator: "\t")
            guard fields.count == 4, let raw = Double(fields[0]), let named = Int(fields[1]), (0...1).contains(named),
                  let count = Int(fields[2]), let share = Double(fields[3]), (0...1).contains(share) else {
                throw Failure(line: index + 1)
            }
            bins.append(Bin(raw: raw, named: named == 1, count: count, share: share))
        }
        self.init(bins: bins)
    }

    /// The table as `init(text:)` reads it, after a header of comment lines.
    public func text(header: [String]) -> String {
        let lines = header.map { "# " + $0 } + bins.map { bin in
            "\(String(format: "%.2f", bin.raw))\t\(bin.named ? 1 : 0)\t\(bin.count)\t\(String(format: "%.2f", bin.share))"
        }
        return lines.joined(separator: "\n") + "\n"
    }

    /// The calibrated confidence of an attribution: the fitted share of the bin nearest its raw
    /// confidence among bins of its kind (named or not); the raw confidence where there is none.
    func calibrated(_ found: Attribution) -> Double {
        guard found.hasSpeaker else { return Self.unattributed }
        let named = found.speaker != nil
        let nearest = bins.filter { $0.named == named }.min { abs($0.raw - found.confidence) < abs($1.raw - found.confidence) }
        return nearest?.share ?? found.confidence
    }
}

extension QuoteConfidence {
    /// One raw confidence's tally on the fitting part: quotations matched to a gold stretch, and how many
    /// of them had the right speaker.
    public struct Tally: Sendable, Hashable {
        public var raw: Double
        public var named: Bool
        public var count: Int
        public var right: Int

        public init(raw: Double, named: Bool, count: Int, right: Int) {
            self.raw = raw
            self.named = named
            self.count = count
            self.right = right
        }
    }

    /// The fewest quotations a bin keeps on its own; smaller tallies are folded, smallest first, into the
    /// tally of the same kind with the nearest raw confidence (the lower one on a tie).
    public static let smallestBin = 10

    /// The table fitted to tallies: each bin's share is its right count over its count, shares rounded to
    /// two decimals. Deterministic: the same tallies in any order give the same table.
    public static func fitted(_ tallies: [Tally]) -> QuoteConfidence {
        var bins: [Bin] = []
        for named in [false, true] {
            var kept = tallies.filter { $0.named == named }.sorted { $0.raw < $1.raw }
            while kept.count > 1, let small = kept.indices.filter({ kept[$0].count < smallestBin }).min(by: { kept[$0].count < kept[$1].count }) {
                let others = kept.indices.filter { $0 != small }
                let distance = { (index: Int) in abs(kept[index].raw - kept[small].raw) }
                guard let target = others.min(by: { distance($0) < distance($1) || (distance($0) == distance($1) && $0 < $1) }) else { break }
                kept[target].count += kept[small].count
                kept[target].right += kept[small].right
                kept.remove(at: small)
            }
            bins += kept.filter { $0.count > 0 }.map { tally in
                Bin(raw: tally.raw, named: named, count: tally.count, share: (Double(tally.right) / Double(tally.count) * 100).rounded() / 100)
            }
        }
        return QuoteConfidence(bins: bins)
    }
}
