/// What a direct quotation's `confidence` means: the share of quotations attributed the same way whose
/// speaker is right.
///
/// Each attribution rule sets a raw confidence (`Attribution.confidence`: 0.9 for a name next to its cue,
/// 0.75 for a governing clause, 0.6 for a continuation, …). `fitted` maps every raw confidence, split by
/// whether the speaker resolved to an entity, to the share of direct quotations with that raw confidence
/// whose speaker was right on PolNeAR's train part (Newell, Margolin and Ruths, LREC 2018; 5,538 quoted
/// stretches, by the shared scorer's rule). The development part is only measured with it (BENCHMARKS.md,
/// "Quote attribution on political news"). A quotation with no speaker gets `unattributed`.
enum QuoteConfidence {
    /// One fitted bin: a raw confidence, whether the speaker is an entity, the share right on the train part.
    struct Bin: Hashable {
        var raw: Double
        var named: Bool
        var share: Double
    }

    /// The confidence of a quotation credited to nobody.
    static let unattributed = 0.05

    /// The train part's share right for each raw confidence (bins of fewer than ten quotations are folded
    /// into the nearest larger one of the same kind).
    static let fitted: [Bin] = [
        Bin(raw: 0.4, named: false, share: 0.70), Bin(raw: 0.5, named: false, share: 0.90),
        Bin(raw: 0.6, named: false, share: 0.94), Bin(raw: 0.75, named: false, share: 0.62),
        Bin(raw: 0.4, named: true, share: 0.71), Bin(raw: 0.5, named: true, share: 0.91),
        Bin(raw: 0.6, named: true, share: 0.94), Bin(raw: 0.75, named: true, share: 0.92),
        Bin(raw: 0.8, named: true, share: 0.95), Bin(raw: 0.85, named: true, share: 0.98),
        Bin(raw: 0.9, named: true, share: 0.97),
    ]

    /// The calibrated confidence of an attribution: the fitted share of the bin nearest its raw
    /// confidence among bins of its kind (named or not).
    static func calibrated(_ found: Attribution) -> Double {
        guard found.hasSpeaker else { return unattributed }
        let named = found.speaker != nil
        let nearest = fitted.filter { $0.named == named }.min { abs($0.raw - found.confidence) < abs($1.raw - found.confidence) }
        return nearest?.share ?? found.confidence
    }
}
