import Foundation

/// A hash table from names (their UTF-8 bytes) to a small value: a bit mask and a gender code.
///
/// The gazetteers hold some 60,000 names and load on the reader's startup path, so the table keeps every
/// key in one byte array and finds them by open addressing on an FNV-1a hash, instead of building a
/// Swift `String` and a dictionary entry for each name.
struct NameTable: Sendable {
    /// Every key's bytes, back to back.
    private var bytes: [UInt8] = []
    /// Where each entry's key ends in `bytes`; it starts where the previous one ends.
    private var ends: [Int] = []
    /// Each entry's hash, kept for growing the slots.
    private var hashes: [UInt64] = []
    /// Each entry's bit mask.
    private(set) var bits: [UInt16] = []
    /// Each entry's gender code (0 for none).
    private(set) var genders: [UInt8] = []
    /// Entry index + 1 per slot, 0 for an empty slot; the count is a power of two.
    private var slots: [Int32] = Array(repeating: 0, count: 16)

    /// The number of entries.
    var count: Int { ends.count }

    /// Makes room for about `capacity` entries and `byteCount` key bytes.
    mutating func reserve(_ capacity: Int, bytes byteCount: Int) {
        bytes.reserveCapacity(byteCount)
        ends.reserveCapacity(capacity)
        hashes.reserveCapacity(capacity)
        bits.reserveCapacity(capacity)
        genders.reserveCapacity(capacity)
        var size = slots.count
        while size < capacity * 2 { size *= 2 }
        if size > slots.count { rehash(size) }
    }

    /// The entry of a key, if present.
    func entry(_ key: String) -> Int? {
        var key = key
        return key.withUTF8 { entry($0) }
    }

    /// The entry of a key given as bytes, if present.
    func entry(_ key: UnsafeBufferPointer<UInt8>) -> Int? {
        let found = probe(key, hash: NameTable.hash(key))
        return found.entry
    }

    /// The entry of a key, added with no bits and no gender when missing.
    mutating func insert(_ key: UnsafeBufferPointer<UInt8>) -> Int {
        let hash = NameTable.hash(key)
        var found = probe(key, hash: hash)
        if let entry = found.entry { return entry }
        if (count + 1) * 2 > slots.count {
            rehash(slots.count * 2)
            found = probe(key, hash: hash)
        }
        bytes.append(contentsOf: key)
        ends.append(bytes.count)
        hashes.append(hash)
        bits.append(0)
        genders.append(0)
        slots[found.slot] = Int32(count)
        return count - 1
    }

    /// The entry holding a key, or the empty slot where it would go.
    private func probe(_ key: UnsafeBufferPointer<UInt8>, hash: UInt64) -> (entry: Int?, slot: Int) {
        slots.withUnsafeBufferPointer { slots in
            hashes.withUnsafeBufferPointer { hashes in
                let mask = slots.count - 1
                var slot = Int(truncatingIfNeeded: hash) & mask
                while true {
                    let stored = Int(slots[slot])
                    if stored == 0 { return (nil, slot) }
                    if hashes[stored - 1] == hash, matches(stored - 1, key) { return (stored - 1, slot) }
                    slot = (slot + 1) & mask
                }
            }
        }
    }

    /// Sets bits on an entry.
    mutating func addBits(_ mask: UInt16, to entry: Int) {
        bits[entry] |= mask
    }

    /// Sets an entry's gender code.
    mutating func setGender(_ code: UInt8, of entry: Int) {
        genders[entry] = code
    }

    /// The key of an entry.
    func key(_ entry: Int) -> String {
        let start = entry == 0 ? 0 : ends[entry - 1]
        return String(decoding: bytes[start..<ends[entry]], as: UTF8.self)
    }

    private func matches(_ entry: Int, _ key: UnsafeBufferPointer<UInt8>) -> Bool {
        let start = entry == 0 ? 0 : ends[entry - 1]
        guard ends[entry] - start == key.count else { return false }
        return bytes.withUnsafeBufferPointer { bytes in
            guard let stored = bytes.baseAddress, let wanted = key.baseAddress else { return key.isEmpty }
            return memcmp(stored + start, wanted, key.count) == 0
        }
    }

    private mutating func place(_ entry: Int, hash: UInt64) {
        let mask = slots.count - 1
        var slot = Int(truncatingIfNeeded: hash) & mask
        while slots[slot] != 0 { slot = (slot + 1) & mask }
        slots[slot] = Int32(entry + 1)
    }

    private mutating func rehash(_ size: Int) {
        slots = Array(repeating: 0, count: size)
        for entry in 0..<count { place(entry, hash: hashes[entry]) }
    }

    /// FNV-1a over the bytes, with a final mix so the low bits used for slots depend on every byte.
    static func hash(_ key: UnsafeBufferPointer<UInt8>) -> UInt64 {
        var hash: UInt64 = 0xcbf2_9ce4_8422_2325
        for byte in key { hash = (hash ^ UInt64(byte)) &* 0x100_0000_01b3 }
        hash ^= hash >> 29
        hash = hash &* 0xbf58_476d_1ce4_e5b9
        return hash ^ (hash >> 32)
    }
}
