/// Feature weights laid out for speed: an open-addressing table whose slots hold a feature's fingerprint,
/// a scale and its row of per-class weights (one signed byte each, weight ≈ scale × byte) side by side,
/// so one feature lookup reads one slot, and a slot (8, 16, 32 or 64 bytes) sits in one cache line.
///
/// Slot layout (little-endian): fingerprint UInt16 (the hash's top 16 bits; 0 marks an empty slot, so a
/// fingerprint of 0 is stored as 1), scale as a bfloat16 (the top half of a Float32), `classCount` Int8,
/// zero padding to `stride`. A feature's first slot is its low 32 bits scaled to the capacity
/// (multiply-shift); collisions probe the following slots. An unknown feature whose fingerprint matches a
/// slot on its path reads that slot's weights: with 16-bit fingerprints that is about one lookup in
/// twenty thousand, noise the averaged weights absorb. The table's bytes are the file's bytes: a loaded
/// table reads them where the model file is mapped (`ModelBytes`), with no copy.
///
/// The slots' fingerprints are also copied, when the table is made or loaded, into a dense array of their
/// own (two bytes a slot, 32 to a cache line), and lookups probe that array: only a hit reads its slot.
/// Most features looked up are unknown, and a miss in a table filled to 0.8 probes several slots; in the
/// dense array those probes stay in one cache line, where in the slots of a 32- or 64-byte row they
/// would touch one line each. The probe order is the slots' own, so lookups give exactly what probing
/// the slots gives.
package struct HashedRowTable: FeatureWeights, Sendable {
    package let labelCount: Int
    /// The number of slots.
    package let capacity: Int
    /// Bytes per slot.
    package let stride: Int
    /// The first slot (64-byte aligned). Read-only memory that `owner` keeps alive, so sharing it across
    /// threads is safe.
    nonisolated(unsafe) private let base: UnsafeRawPointer
    /// What keeps the slots' memory alive: the table's own block or the model file's bytes.
    private let owner: any AnyObject & Sendable
    /// Each slot's fingerprint as stored in the slot (0 for an empty slot), `capacity` of them.
    nonisolated(unsafe) private let fingerprints: UnsafePointer<UInt16>
    /// What keeps `fingerprints` alive.
    private let fingerprintOwner: AlignedBytes

    /// The dense fingerprint array of `capacity` slots of `stride` bytes at `base`.
    private static func fingerprintIndex(_ base: UnsafeRawPointer, capacity: Int, stride: Int) -> AlignedBytes {
        let index = AlignedBytes(count: capacity * MemoryLayout<UInt16>.stride)
        let fingerprints = index.pointer.bindMemory(to: UInt16.self, capacity: capacity)
        for slot in 0..<capacity {
            fingerprints[slot] = base.loadUnaligned(fromByteOffset: slot * stride, as: UInt16.self)
        }
        return index
    }

    /// The slot stride for rows of `classCount` classes.
    package static func stride(forClassCount classCount: Int) -> Int {
        var stride = 8
        while stride < 4 + classCount { stride <<= 1 }
        return stride
    }

    /// A table over raw table bytes (`capacity × stride`, as `bytes` returns them) that `owner` keeps
    /// alive; nothing is copied. `bytes` must start on an 8-byte boundary (too few bytes give an empty table).
    init(classCount: Int, capacity: Int, sharing bytes: UnsafeRawBufferPointer, owner: ModelBytes) {
        labelCount = classCount
        self.capacity = max(capacity, 1)
        stride = Self.stride(forClassCount: classCount)
        if let start = bytes.baseAddress, bytes.count >= self.capacity * stride {
            base = start
            self.owner = owner
        } else {
            let empty = AlignedBytes(count: self.capacity * stride)
            base = UnsafeRawPointer(empty.pointer)
            self.owner = empty
        }
        fingerprintOwner = Self.fingerprintIndex(base, capacity: self.capacity, stride: stride)
        fingerprints = UnsafePointer(fingerprintOwner.pointer.assumingMemoryBound(to: UInt16.self))
    }

    /// A table of a copy of raw table bytes (`capacity × stride`, as `bytes` returns them).
    package init(classCount: Int, capacity: Int, bytes: UnsafeRawBufferPointer) {
        labelCount = classCount
        self.capacity = max(capacity, 1)
        stride = Self.stride(forClassCount: classCount)
        let storage = AlignedBytes(count: self.capacity * stride)
        if let source = bytes.baseAddress {
            storage.pointer.copyMemory(from: source, byteCount: min(bytes.count, self.capacity * stride))
        }
        base = UnsafeRawPointer(storage.pointer)
        owner = storage
        fingerprintOwner = Self.fingerprintIndex(base, capacity: self.capacity, stride: stride)
        fingerprints = UnsafePointer(fingerprintOwner.pointer.assumingMemoryBound(to: UInt16.self))
    }

    /// A table of the given rows (`keys` unique; `weights` holds `classCount` bytes per key), filled to
    /// at most `loadFactor`.
    package init(classCount: Int, keys: [UInt64], scales: [Float], weights: [Int8], loadFactor: Double = 0.8) {
        labelCount = classCount
        capacity = max(Int((Double(keys.count) / loadFactor).rounded(.up)), 1)
        stride = Self.stride(forClassCount: classCount)
        let storage = AlignedBytes(count: capacity * stride)
        let base = storage.pointer
        self.base = UnsafeRawPointer(base)
        owner = storage
        for (row, key) in keys.enumerated() {
            let fingerprint = Self.fingerprint(key)
            var slot = Self.home(key, capacity: capacity)
            var duplicate = false
            while true {
                let stored = UInt16(littleEndian: base.load(fromByteOffset: slot * stride, as: UInt16.self))
                if stored == 0 { break }
                if stored == fingerprint {
                    duplicate = true
                    break
                }
                slot = slot + 1 == capacity ? 0 : slot + 1
            }
            // Two features with the same home chain and fingerprint cannot be told apart; the first stays.
            guard !duplicate else { continue }
            let slotBase = base + slot * stride
            slotBase.storeBytes(of: fingerprint.littleEndian, as: UInt16.self)
            slotBase.storeBytes(of: Self.bfloat16(scales[row]).littleEndian, toByteOffset: 2, as: UInt16.self)
            for label in 0..<classCount {
                slotBase.storeBytes(of: weights[row * classCount + label], toByteOffset: 4 + label, as: Int8.self)
            }
        }
        fingerprintOwner = Self.fingerprintIndex(self.base, capacity: capacity, stride: stride)
        fingerprints = UnsafePointer(fingerprintOwner.pointer.assumingMemoryBound(to: UInt16.self))
    }

    /// A Float32 rounded to its top 16 bits (round to nearest, ties to even).
    private static func bfloat16(_ value: Float) -> UInt16 {
        let bits = value.bitPattern
        let rounding: UInt32 = 0x7fff + ((bits >> 16) & 1)
        return UInt16(truncatingIfNeeded: (bits &+ rounding) >> 16)
    }

    /// The number of features stored.
    package var rowCount: Int {
        (0..<capacity).reduce(0) { $0 + (fingerprints[$1] == 0 ? 0 : 1) }
    }

    /// The table's bytes, for writing to a model file.
    package var bytes: UnsafeRawBufferPointer {
        UnsafeRawBufferPointer(start: base, count: capacity * stride)
    }

    @inline(__always)
    private static func fingerprint(_ key: UInt64) -> UInt16 {
        let high = UInt16(truncatingIfNeeded: key >> 48)
        return high == 0 ? 1 : high
    }

    @inline(__always)
    private static func home(_ key: UInt64, capacity: Int) -> Int {
        Int((UInt64(UInt32(truncatingIfNeeded: key)) &* UInt64(capacity)) >> 32)
    }

    /// The slot of a feature, if it is stored.
    @inline(__always)
    package func slot(of feature: UInt64) -> UnsafeRawPointer? {
        slotIndex(of: feature, from: Self.home(feature, capacity: capacity)).map { base + $0 * stride }
    }

    @inline(__always)
    package func accumulate(_ feature: UInt64, into scores: UnsafeMutablePointer<Float>) {
        guard let slotBase = slot(of: feature) else { return }
        add(slotBase, into: scores)
    }

    /// Adds the weights of each of `features` to `scores`, in passes that keep the cache misses in
    /// flight together: the first reads every feature's home fingerprint (loads that depend on nothing
    /// but the hashes); the second decides hit, miss or probe from what was read, now in cache, and lists
    /// the slots hit; the third reads each hit slot's scale, again independent loads; the last adds the
    /// rows, now in cache, in the features' order. Done one feature at a time, each unpredictable
    /// hit-or-miss branch waits for its own cache miss, and the misses are paid one after another.
    @inline(__always)
    package func accumulate(_ features: UnsafeBufferPointer<UInt64>, into scores: UnsafeMutablePointer<Float>) {
        withUnsafeTemporaryAllocation(of: UInt16.self, capacity: features.count) { homeFingerprints in
            withUnsafeTemporaryAllocation(of: Int.self, capacity: features.count) { hits in
                for index in features.indices {
                    let home = Self.home(features[index], capacity: capacity)
                    homeFingerprints[index] = fingerprints[home]
                }
                var hitCount = 0
                for index in features.indices {
                    let stored = homeFingerprints[index]
                    if stored == 0 { continue }
                    let feature = features[index]
                    let home = Self.home(feature, capacity: capacity)
                    if stored == Self.fingerprint(feature).littleEndian {
                        hits[hitCount] = home
                        hitCount += 1
                    } else if let slot = slotIndex(of: feature, from: home) {
                        hits[hitCount] = slot
                        hitCount += 1
                    }
                }
                withUnsafeTemporaryAllocation(of: UInt16.self, capacity: max(hitCount, 1)) { scales in
                    for hit in 0..<hitCount {
                        scales[hit] = base.load(fromByteOffset: hits[hit] * stride + 2, as: UInt16.self)
                    }
                    for hit in 0..<hitCount {
                        add(base + hits[hit] * stride, scale: scales[hit], into: scores)
                    }
                }
            }
        }
    }

    /// The slot of a feature whose home slot is `home`, if it is stored.
    @inline(__always)
    private func slotIndex(of feature: UInt64, from home: Int) -> Int? {
        let fingerprint = Self.fingerprint(feature).littleEndian
        var slot = home
        while true {
            let stored = fingerprints[slot]
            if stored == fingerprint { return slot }
            if stored == 0 { return nil }
            slot = slot + 1 == capacity ? 0 : slot + 1
        }
    }

    /// Adds the row stored at `slotBase` to `scores`.
    @inline(__always)
    private func add(_ slotBase: UnsafeRawPointer, into scores: UnsafeMutablePointer<Float>) {
        add(slotBase, scale: slotBase.load(fromByteOffset: 2, as: UInt16.self), into: scores)
    }

    /// Adds the row stored at `slotBase`, whose stored scale is `storedScale`, to `scores`.
    @inline(__always)
    private func add(_ slotBase: UnsafeRawPointer, scale storedScale: UInt16, into scores: UnsafeMutablePointer<Float>) {
        let scale = Float(bitPattern: UInt32(UInt16(littleEndian: storedScale)) << 16)
        let row = slotBase.advanced(by: 4).assumingMemoryBound(to: Int8.self)
        for label in 0..<labelCount {
            scores[label] += scale * Float(row[label])
        }
    }
}
