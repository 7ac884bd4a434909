import Foundation

/// The file format of Byline's sectioned models: named classifiers, each with the feature version it was
/// trained with, its labels (with their constraints) and its weights as a `HashedRowTable`. All numbers
/// are little-endian:
///
/// ```
/// magic            8 bytes  "BYLNMDL\u{1}"
/// format           UInt32   1
/// kind             UInt8 length + UTF-8   what the model is ("syntax")
/// sections         UInt32   number of sections
/// per section:
///   name           UInt8 length + UTF-8
///   features       UInt32   feature version
///   labels         UInt32   count, then per label UInt8 length + UTF-8
///   contexts       UInt32   number of constraint contexts (0: none), then contexts × labels bytes (0 or 1)
///   capacity       UInt32   slots in the table
///   padding        zero bytes up to a multiple of 64
///   table          capacity × stride bytes (`HashedRowTable`)
/// ```
///
/// The entity model predates this container and keeps its own layout (`EntityModel+Binary.swift`).
package struct ModelContainer: Sendable {
    /// One classifier of a model.
    package struct Section: Sendable {
        package var name: String
        package var featureVersion: UInt32
        package var labels: ClassLabels
        package var weights: HashedRowTable

        package init(name: String, featureVersion: UInt32, labels: ClassLabels, weights: HashedRowTable) {
            self.name = name
            self.featureVersion = featureVersion
            self.labels = labels
            self.weights = weights
        }
    }

    private static let magic: [UInt8] = Array("BYLNMDL".utf8) + [1]
    private static let formatVersion: UInt32 = 1

    /// What the model is, as its file says.
    package var kind: String
    package var sections: [Section]

    package init(kind: String, sections: [Section]) {
        self.kind = kind
        self.sections = sections
    }

    /// The section named `name`.
    package func section(_ name: String) throws -> Section {
        guard let section = sections.first(where: { $0.name == name }) else {
            throw ModelFileError.malformed("no section \(name)")
        }
        return section
    }

    /// The model as the bytes of a model file.
    package func encoded() -> Data {
        var data = Data(Self.magic)
        func append<T: FixedWidthInteger>(_ value: T) {
            withUnsafeBytes(of: value.littleEndian) { data.append(contentsOf: $0) }
        }
        func appendString(_ text: String) {
            let bytes = Array(text.utf8.prefix(255))
            append(UInt8(bytes.count))
            data.append(contentsOf: bytes)
        }
        append(Self.formatVersion)
        appendString(kind)
        append(UInt32(sections.count))
        for section in sections {
            appendString(section.name)
            append(section.featureVersion)
            append(UInt32(section.labels.count))
            section.labels.names.forEach(appendString)
            append(UInt32(section.labels.contextCount))
            data.append(contentsOf: section.labels.allowedTable.map { $0 ? UInt8(1) : 0 })
            append(UInt32(section.weights.capacity))
            while data.count % 64 != 0 { data.append(0) }
            data.append(contentsOf: section.weights.bytes)
        }
        return data
    }

    /// Reads a model file's bytes (copied); `kind` is the kind the caller expects.
    package static func decode(_ data: Data, kind expected: String) throws -> ModelContainer {
        try decode(ModelBytes(data: data), kind: expected)
    }

    /// Reads a model file; its tables read the file's bytes where they lie (mapped, not copied).
    static func decode(contentsOfFile path: String, kind expected: String) throws -> ModelContainer {
        try decode(ModelBytes(contentsOfFile: path), kind: expected)
    }

    /// Reads a model file's bytes; the tables share them. `kind` is the kind the caller expects.
    private static func decode(_ file: ModelBytes, kind expected: String) throws -> ModelContainer {
        var reader = ByteReader(bytes: file.buffer, truncated: ModelFileError.truncated)
        guard try reader.bytes(Self.magic.count).elementsEqual(Self.magic) else { throw ModelFileError.notAModel }
        let format: UInt32 = try reader.integer()
        guard format == Self.formatVersion else { throw ModelFileError.unsupportedFormat(format) }
        let kind = try reader.shortString()
        guard kind == expected else { throw ModelFileError.malformed("a \(kind) model, not \(expected)") }
        let sectionCount = Int(try reader.integer() as UInt32)
        var sections: [Section] = []
        for _ in 0..<sectionCount {
            let name = try reader.shortString()
            let featureVersion: UInt32 = try reader.integer()
            let labelCount = Int(try reader.integer() as UInt32)
            var names: [String] = []
            for _ in 0..<labelCount { names.append(try reader.shortString()) }
            let contextCount = Int(try reader.integer() as UInt32)
            let allowed = try reader.bytes(contextCount * labelCount).map { $0 != 0 }
            let capacity = Int(try reader.integer() as UInt32)
            reader.align(to: 64)
            let stride = HashedRowTable.stride(forClassCount: labelCount)
            let table = UnsafeRawBufferPointer(rebasing: try reader.bytes(capacity * stride))
            let weights = HashedRowTable(classCount: labelCount, capacity: capacity, sharing: table, owner: file)
            sections.append(Section(name: name, featureVersion: featureVersion,
                                    labels: ClassLabels(names, contextCount: contextCount, allowed: allowed), weights: weights))
        }
        return ModelContainer(kind: kind, sections: sections)
    }
}

/// Why a sectioned model file (`ModelContainer`) could not be read.
public enum ModelFileError: Error, Equatable, Sendable {
    /// The bundled model file is missing from the installation.
    case missingResource
    /// The bytes do not start with the model file's magic number.
    case notAModel
    /// The file uses a layout this version cannot read.
    case unsupportedFormat(UInt32)
    /// A section was trained with other feature definitions than this version computes.
    case featureVersionMismatch(section: String, version: UInt32)
    /// The file ends before its header says it should.
    case truncated
    /// The file is inconsistent (a missing section, unexpected labels).
    case malformed(String)
}
