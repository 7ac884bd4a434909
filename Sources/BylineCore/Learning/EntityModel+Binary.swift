import Foundation

/// The model file layout, all numbers little-endian:
///
/// ```
/// magic          8 bytes  "BYLNNER\u{1}"
/// format         UInt32   2 (1: no options field)
/// features       UInt32   FeatureExtractor.version the model was trained with
/// options        UInt32   bit 0: trained with gazetteer features (format 2 only)
/// scheme         UInt8    LabelScheme raw value
/// kinds          UInt8    number of kinds
/// labels         UInt16   number of labels
/// rows           UInt32   number of features kept
/// kind names     per kind: UInt8 length + UTF-8 bytes (EntityKind raw values, in label order)
/// padding        zero bytes up to a multiple of 8
/// keys           rows × UInt64   feature hashes, ascending
/// scales         rows × Float32
/// weights        rows × labels × Int8
/// ```
///
/// The arrays are read straight out of the bytes, so loading costs little more than a copy.
extension EntityModel {
    private static let magic: [UInt8] = Array("BYLNNER".utf8) + [1]
    private static let formatVersion: UInt32 = 2

    /// The model as the bytes of a model file.
    package func encoded() -> Data {
        var data = Data(Self.magic)
        func append<T: FixedWidthInteger>(_ value: T) {
            withUnsafeBytes(of: value.littleEndian) { data.append(contentsOf: $0) }
        }
        append(Self.formatVersion)
        append(FeatureExtractor.version)
        append(UInt32(usesGazetteerFeatures ? 1 : 0))
        append(labels.scheme.rawValue)
        append(UInt8(labels.kinds.count))
        append(UInt16(labels.count))
        append(UInt32(weights.keys.count))
        for kind in labels.kinds {
            let name = Array(kind.rawValue.utf8)
            append(UInt8(name.count))
            data.append(contentsOf: name)
        }
        while data.count % 8 != 0 { data.append(0) }
        for key in weights.keys { append(key) }
        for scale in weights.scales { append(scale.bitPattern) }
        weights.weights.withUnsafeBytes { data.append(contentsOf: $0) }
        return data
    }

    static func decode(_ data: Data) throws -> EntityModel {
        try data.withUnsafeBytes { (bytes: UnsafeRawBufferPointer) throws -> EntityModel in
            var reader = ByteReader(bytes: bytes)
            guard try reader.bytes(Self.magic.count).elementsEqual(Self.magic) else { throw EntityModelError.notAModel }
            let format: UInt32 = try reader.integer()
            guard format == 1 || format == Self.formatVersion else { throw EntityModelError.unsupportedFormat(format) }
            let featureVersion: UInt32 = try reader.integer()
            guard featureVersion == FeatureExtractor.version else { throw EntityModelError.featureVersionMismatch(featureVersion) }
            let options: UInt32 = format >= 2 ? try reader.integer() : 0
            let schemeValue: UInt8 = try reader.integer()
            guard let scheme = LabelScheme(rawValue: schemeValue) else { throw EntityModelError.malformed("label scheme \(schemeValue)") }
            let kindCount = Int(try reader.integer() as UInt8)
            let labelCount = Int(try reader.integer() as UInt16)
            let rowCount = Int(try reader.integer() as UInt32)
            var kinds: [EntityKind] = []
            for _ in 0..<kindCount {
                let length = Int(try reader.integer() as UInt8)
                let name = String(decoding: try reader.bytes(length), as: UTF8.self)
                guard let kind = EntityKind(rawValue: name) else { throw EntityModelError.malformed("kind \(name)") }
                kinds.append(kind)
            }
            let labels = LabelSet(scheme: scheme, kinds: kinds)
            guard labels.count == labelCount else { throw EntityModelError.malformed("label count \(labelCount)") }
            reader.align(to: 8)
            let keys: [UInt64] = try reader.array(rowCount).map { UInt64(littleEndian: $0) }
            let scales: [Float] = try (reader.array(rowCount) as [UInt32]).map { Float(bitPattern: UInt32(littleEndian: $0)) }
            let weights: [Int8] = try reader.array(rowCount * labelCount)
            guard zip(keys, keys.dropFirst()).allSatisfy({ $0 < $1 }) else { throw EntityModelError.malformed("unsorted keys") }
            return EntityModel(labels: labels, weights: PerceptronWeights(labelCount: labelCount, keys: keys, scales: scales, weights: weights),
                               usesGazetteerFeatures: options & 1 != 0)
        }
    }
}
