/// A small seeded random number generator (SplitMix64): the same seed gives the same sequence on every
/// run and platform, which keeps training, property tests and fuzzing reproducible. The one copy in the project.
public struct SplitMix64: RandomNumberGenerator, Sendable {
    private var state: UInt64

    public init(seed: UInt64) {
        state = seed
    }

    /// The next number: the state advanced by the golden-ratio step, then mixed (`StableHash.mix` is
    /// the same finalizer, so the two share one definition).
    public mutating func next() -> UInt64 {
        defer { state &+= 0x9e37_79b9_7f4a_7c15 }
        return StableHash.mix(state)
    }

    /// A number in `0..<bound` (bound > 0) by multiply-shift, which, unlike the standard library's
    /// `random(in:)`, is documented not to change between Swift versions.
    public mutating func below(_ bound: Int) -> Int {
        Int(next().multipliedFullWidth(by: UInt64(bound)).high)
    }

    /// A uniform number in `0..<1`.
    public mutating func unit() -> Double {
        Double(next() >> 11) / Double(1 << 53)
    }

    /// Shuffles in place (Fisher–Yates).
    public mutating func shuffle<T>(_ array: inout [T]) {
        guard array.count > 1 else { return }
        for index in stride(from: array.count - 1, to: 0, by: -1) {
            array.swapAt(index, below(index + 1))
        }
    }
}
