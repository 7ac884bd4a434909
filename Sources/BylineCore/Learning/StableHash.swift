/// Stable 64-bit hashing for features.
///
/// Swift's `Hasher` is seeded anew in every process, so it cannot name a feature in a model file. These
/// functions give the same value for the same input on every run and platform: FNV-1a over UTF-8 bytes,
/// finished with the SplitMix64 mixer so that every bit depends on every input bit.
package enum StableHash {
    private static let offsetBasis: UInt64 = 0xcbf2_9ce4_8422_2325
    private static let prime: UInt64 = 0x0000_0100_0000_01b3

    /// Scrambles the bits of `value` (the SplitMix64 finalizer applied to `value` plus the golden-ratio
    /// step: `SplitMix64.next` is this of its state).
    @inline(__always)
    package static func mix(_ value: UInt64) -> UInt64 {
        var z = value &+ 0x9e37_79b9_7f4a_7c15
        z = (z ^ (z >> 30)) &* 0xbf58_476d_1ce4_e5b9
        z = (z ^ (z >> 27)) &* 0x94d0_49bb_1331_11eb
        return z ^ (z >> 31)
    }

    /// Combines two hashes; order matters (`combine(a, b) != combine(b, a)`).
    @inline(__always)
    package static func combine(_ first: UInt64, _ second: UInt64) -> UInt64 {
        mix(first &* 0x2545_f491_4f6c_dd1d ^ second)
    }

    /// Combines three hashes in order.
    @inline(__always)
    package static func combine(_ first: UInt64, _ second: UInt64, _ third: UInt64) -> UInt64 {
        combine(combine(first, second), third)
    }

    /// The hash of a string's UTF-8 bytes.
    package static func string(_ text: String) -> UInt64 {
        var hash = offsetBasis
        for byte in text.utf8 {
            hash = (hash ^ UInt64(byte)) &* prime
        }
        return mix(hash)
    }

    /// The state FNV-1a starts from; feed it with `feed` and finish it with `finish`.
    package static var start: UInt64 { offsetBasis }

    /// Feeds one scalar's UTF-8 bytes into a running FNV-1a state.
    @inline(__always)
    package static func feed(_ state: inout UInt64, _ scalar: Unicode.Scalar) {
        let value = scalar.value
        if value < 0x80 {
            step(&state, value)
        } else if value < 0x800 {
            step(&state, 0xc0 | value >> 6)
            step(&state, 0x80 | value & 0x3f)
        } else if value < 0x1_0000 {
            step(&state, 0xe0 | value >> 12)
            step(&state, 0x80 | value >> 6 & 0x3f)
            step(&state, 0x80 | value & 0x3f)
        } else {
            step(&state, 0xf0 | value >> 18)
            step(&state, 0x80 | value >> 12 & 0x3f)
            step(&state, 0x80 | value >> 6 & 0x3f)
            step(&state, 0x80 | value & 0x3f)
        }
    }

    /// Turns a running FNV-1a state into a hash.
    @inline(__always)
    package static func finish(_ state: UInt64) -> UInt64 { mix(state) }

    /// The hash of a sequence of Unicode scalars, equal to `string` of the same text.
    package static func scalars<S: Sequence>(_ scalars: S) -> UInt64 where S.Element == Unicode.Scalar {
        var state = offsetBasis
        for scalar in scalars {
            feed(&state, scalar)
        }
        return mix(state)
    }

    @inline(__always)
    private static func step(_ state: inout UInt64, _ byte: UInt32) {
        state = (state ^ UInt64(byte)) &* prime
    }
}
