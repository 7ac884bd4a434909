/// The trained weights in their compact run-time form: for every kept feature its 64-bit hash, a scale,
/// and one signed byte per label (weight ≈ scale × byte). Features are found through an open-addressing
/// table built when the weights are loaded.
package struct PerceptronWeights: FeatureWeights, Sendable {
    package let labelCount: Int
    /// Feature hashes, ascending.
    package let keys: [UInt64]
    /// One scale per feature.
    package let scales: [Float]
    /// `labelCount` quantized weights per feature, feature after feature.
    package let weights: [Int8]
    /// Slot → index into `keys` + 1; 0 marks an empty slot. A power of two at least twice `keys.count`.
    private let slots: [Int32]
    private let mask: Int

    /// Builds the lookup table for the given rows. `keys` must be ascending and unique.
    package init(labelCount: Int, keys: [UInt64], scales: [Float], weights: [Int8]) {
        self.labelCount = labelCount
        self.keys = keys
        self.scales = scales
        self.weights = weights
        var capacity = 16
        while capacity < keys.count * 2 { capacity <<= 1 }
        var slots = [Int32](repeating: 0, count: capacity)
        let mask = capacity - 1
        for (row, key) in keys.enumerated() {
            var slot = Int(truncatingIfNeeded: key) & mask
            while slots[slot] != 0 { slot = (slot + 1) & mask }
            slots[slot] = Int32(row + 1)
        }
        self.slots = slots
        self.mask = mask
    }

    /// The row of a feature, if it was kept.
    @inline(__always)
    package func row(of feature: UInt64) -> Int? {
        var slot = Int(truncatingIfNeeded: feature) & mask
        while true {
            let entry = Int(slots[slot])
            if entry == 0 { return nil }
            if keys[entry - 1] == feature { return entry - 1 }
            slot = (slot + 1) & mask
        }
    }

    @inline(__always)
    package func accumulate(_ feature: UInt64, into scores: UnsafeMutablePointer<Float>) {
        guard let row = row(of: feature) else { return }
        let scale = scales[row]
        weights.withUnsafeBufferPointer { buffer in
            let base = row * labelCount
            for label in 0..<labelCount {
                scores[label] += scale * Float(buffer[base + label])
            }
        }
    }
}
