/// The trained weights in their compact run-time form: for every kept feature its 64-bit hash, a scale,
/// and one signed byte per label (weight ≈ scale × byte), stored side by side in the slots of an
/// open-addressing table, so that finding a feature and reading its weights touch one slot (one or two
/// adjacent cache lines) instead of a slot, a key, a scale and a row in four arrays. Unlike
/// `HashedRowTable` it keeps the whole hash and the full-precision scale: a lookup is exact.
///
/// Slot layout (native byte order): hash UInt64, scale Float32, then `labelCount` Int8, the stride rounded
/// up to 8 bytes. An empty slot has hash 0; a feature whose hash is 0 is kept apart (`zeroHashRow`).
package struct PerceptronWeights: FeatureWeights, Sendable {
    package let labelCount: Int
    /// The number of slots.
    private let capacity: Int
    /// Bytes per slot.
    private let stride: Int
    private let storage: AlignedBytes
    /// The scale and weights of the feature whose hash is 0, if it was kept.
    private let zeroHashRow: ZeroHashRow?

    /// The weights of the one feature a slot cannot hold (its hash is the empty-slot marker).
    private struct ZeroHashRow: Sendable {
        let scale: Float
        let weights: [Int8]
    }

    private static let weightsOffset = 12

    /// Builds the table for the given rows: `keys` unique, one scale each, `labelCount` weights each.
    package init(labelCount: Int, keys: [UInt64], scales: [Float], weights: [Int8]) {
        self.labelCount = labelCount
        capacity = max(keys.count + keys.count / 3 + 1, 1)
        stride = (Self.weightsOffset + labelCount + 7) & ~7
        storage = AlignedBytes(count: capacity * stride)
        var zeroHashRow: ZeroHashRow?
        for (row, key) in keys.enumerated() {
            let rowWeights = weights[(row * labelCount)..<((row + 1) * labelCount)]
            guard key != 0 else {
                zeroHashRow = ZeroHashRow(scale: scales[row], weights: Array(rowWeights))
                continue
            }
            var slot = Self.home(key, capacity: capacity)
            while storage.pointer.load(fromByteOffset: slot * stride, as: UInt64.self) != 0 {
                slot = slot + 1 == capacity ? 0 : slot + 1
            }
            let slotBase = storage.pointer + slot * stride
            slotBase.storeBytes(of: key, as: UInt64.self)
            slotBase.storeBytes(of: scales[row], toByteOffset: 8, as: Float.self)
            for (label, weight) in rowWeights.enumerated() {
                slotBase.storeBytes(of: weight, toByteOffset: Self.weightsOffset + label, as: Int8.self)
            }
        }
        self.zeroHashRow = zeroHashRow
    }

    /// A feature's first slot: the top 32 bits of its hash scaled to the capacity.
    @inline(__always)
    private static func home(_ key: UInt64, capacity: Int) -> Int {
        Int(((key >> 32) &* UInt64(capacity)) >> 32)
    }

    /// Every kept feature's hash, its scale and its weights, in ascending hash order (the order of the
    /// model file).
    private var rows: [(key: UInt64, slot: UnsafeRawPointer?)] {
        let base = UnsafeRawPointer(storage.pointer)
        var rows: [(key: UInt64, slot: UnsafeRawPointer?)] = zeroHashRow == nil ? [] : [(0, nil)]
        for slot in 0..<capacity {
            let key = base.load(fromByteOffset: slot * stride, as: UInt64.self)
            if key != 0 { rows.append((key, base + slot * stride)) }
        }
        return rows.sorted { $0.key < $1.key }
    }

    /// The kept features' hashes, ascending.
    package var keys: [UInt64] { rows.map(\.key) }

    /// One scale per feature, in the order of `keys`.
    package var scales: [Float] {
        rows.map { row in row.slot.map { $0.load(fromByteOffset: 8, as: Float.self) } ?? zeroHashRow!.scale }
    }

    /// `labelCount` weights per feature, feature after feature, in the order of `keys`.
    package var weights: [Int8] {
        rows.flatMap { row in
            row.slot.map { slot in (0..<labelCount).map { slot.load(fromByteOffset: Self.weightsOffset + $0, as: Int8.self) } }
                ?? zeroHashRow!.weights
        }
    }

    /// The slot holding `feature`, if it was kept (never for hash 0).
    @inline(__always)
    private func slot(of feature: UInt64) -> UnsafeRawPointer? {
        let base = UnsafeRawPointer(storage.pointer)
        var slot = Self.home(feature, capacity: capacity)
        while true {
            let slotBase = base + slot * stride
            let stored = slotBase.load(as: UInt64.self)
            if stored == feature { return slotBase }
            if stored == 0 { return nil }
            slot = slot + 1 == capacity ? 0 : slot + 1
        }
    }

    @inline(__always)
    package func accumulate(_ feature: UInt64, into scores: UnsafeMutablePointer<Float>) {
        if feature == 0 {
            addZeroHashRow(into: scores)
        } else if let slotBase = slot(of: feature) {
            add(slotBase, into: scores)
        }
    }

    /// Adds the weights of each of `features` to `scores`, in two passes as `HashedRowTable` does: every
    /// home slot is read first, so the cache misses overlap, then hits, misses and probes are decided.
    @inline(__always)
    package func accumulate(_ features: UnsafeBufferPointer<UInt64>, into scores: UnsafeMutablePointer<Float>) {
        let base = UnsafeRawPointer(storage.pointer)
        withUnsafeTemporaryAllocation(of: UInt64.self, capacity: features.count) { homeKeys in
            for index in features.indices {
                homeKeys[index] = base.load(fromByteOffset: Self.home(features[index], capacity: capacity) * stride, as: UInt64.self)
            }
            for index in features.indices {
                let feature = features[index], stored = homeKeys[index]
                if feature == 0 {
                    addZeroHashRow(into: scores)
                } else if stored == feature {
                    add(base + Self.home(feature, capacity: capacity) * stride, into: scores)
                } else if stored != 0, let slotBase = slot(of: feature) {
                    add(slotBase, into: scores)
                }
            }
        }
    }

    /// Adds the row stored at `slotBase` to `scores`.
    @inline(__always)
    private func add(_ slotBase: UnsafeRawPointer, into scores: UnsafeMutablePointer<Float>) {
        let scale = slotBase.load(fromByteOffset: 8, as: Float.self)
        let row = slotBase.advanced(by: Self.weightsOffset).assumingMemoryBound(to: Int8.self)
        for label in 0..<labelCount {
            scores[label] += scale * Float(row[label])
        }
    }

    private func addZeroHashRow(into scores: UnsafeMutablePointer<Float>) {
        guard let zeroHashRow else { return }
        for label in 0..<labelCount {
            scores[label] += zeroHashRow.scale * Float(zeroHashRow.weights[label])
        }
    }
}
