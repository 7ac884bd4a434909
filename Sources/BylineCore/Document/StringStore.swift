/// The id of one distinct text in a document's `StringStore`: equal texts have equal ids.
public struct LexemeID: Hashable, Sendable {
    /// The position of the text in its store.
    public let raw: Int32

    init(_ raw: Int32) {
        self.raw = raw
    }
}

/// The distinct token texts of one document, each kept once (spaCy's `StringStore`): a token's text,
/// lower-cased form and normalized form are ids into it, so no stage builds a token's string again.
///
/// Texts are interned from scalar slices without making a `String` first: an open-addressing table hashed
/// over the scalars, compared against the scalars already stored. A `String` is made once per distinct text.
struct StringStore: Sendable {
    /// Every stored text, by id.
    private(set) var strings: [String] = []
    /// The scalars of every stored text, one after another.
    private var scalars: [Unicode.Scalar] = []
    /// Where each stored text's scalars start in `scalars`; one more entry than `strings`.
    private var starts: [Int] = [0]
    /// Slots holding an id + 1, or 0 when empty; the count is a power of two.
    private var slots: [Int32]

    init(capacity: Int = 64) {
        var size = 16
        while size < capacity * 2 { size <<= 1 }
        slots = Array(repeating: 0, count: size)
    }

    /// The number of distinct texts.
    var count: Int { strings.count }

    /// The text with the given id.
    subscript(id: LexemeID) -> String { strings[Int(id.raw)] }

    /// The id of a text given as scalars, storing it when new.
    mutating func intern(_ text: UnsafeBufferPointer<Unicode.Scalar>) -> LexemeID {
        let hash = StringStore.hash(text)
        let mask = slots.count - 1
        var slot = Int(truncatingIfNeeded: hash) & mask
        while slots[slot] != 0 {
            let id = Int(slots[slot] - 1)
            if matches(id, text) { return LexemeID(Int32(id)) }
            slot = (slot + 1) & mask
        }
        let id = strings.count
        scalars.append(contentsOf: text)
        starts.append(scalars.count)
        strings.append(StringStore.string(text))
        slots[slot] = Int32(id + 1)
        if strings.count * 2 > slots.count { grow() }
        return LexemeID(Int32(id))
    }

    /// The id of a text given as a string, storing it when new.
    mutating func intern(_ text: String) -> LexemeID {
        let scalars = Array(text.unicodeScalars)
        return scalars.withUnsafeBufferPointer { intern($0) }
    }

    /// The stored scalars of a text.
    func scalars(of id: LexemeID) -> ArraySlice<Unicode.Scalar> {
        let index = Int(id.raw)
        return scalars[starts[index]..<starts[index + 1]]
    }

    private func matches(_ id: Int, _ text: UnsafeBufferPointer<Unicode.Scalar>) -> Bool {
        let start = starts[id]
        guard starts[id + 1] - start == text.count else { return false }
        for offset in 0..<text.count where scalars[start + offset] != text[offset] { return false }
        return true
    }

    private mutating func grow() {
        var larger = [Int32](repeating: 0, count: slots.count * 2)
        let mask = larger.count - 1
        for id in strings.indices {
            let hash = scalars[starts[id]..<starts[id + 1]].withContiguousStorageIfAvailable { StringStore.hash($0) } ?? 0
            var slot = Int(truncatingIfNeeded: hash) & mask
            while larger[slot] != 0 { slot = (slot + 1) & mask }
            larger[slot] = Int32(id + 1)
        }
        slots = larger
    }

    /// FNV-1a over the scalar values, finished by a mixer so that the low bits pick slots well.
    private static func hash(_ text: UnsafeBufferPointer<Unicode.Scalar>) -> UInt64 {
        var hash: UInt64 = 0xcbf2_9ce4_8422_2325
        for scalar in text { hash = (hash ^ UInt64(scalar.value)) &* 0x0000_0100_0000_01b3 }
        return StableHash.mix(hash)
    }

    /// A string of the scalars: ASCII written straight as UTF-8, the rest scalar by scalar.
    private static func string(_ text: UnsafeBufferPointer<Unicode.Scalar>) -> String {
        guard text.allSatisfy({ $0.value < 0x80 }) else {
            var view = String.UnicodeScalarView()
            view.append(contentsOf: text)
            return String(view)
        }
        return String(unsafeUninitializedCapacity: text.count) { buffer in
            for (offset, scalar) in text.enumerated() { buffer[offset] = UInt8(truncatingIfNeeded: scalar.value) }
            return text.count
        }
    }
}
