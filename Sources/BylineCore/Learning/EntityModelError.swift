/// Why a model file could not be read.
public enum EntityModelError: Error, Equatable, Sendable {
    /// The bundled model file is missing from the installation.
    case missingResource
    /// The bytes do not start with the model file's magic number.
    case notAModel
    /// The file uses a layout this version cannot read.
    case unsupportedFormat(UInt32)
    /// The model was trained with other feature definitions than this version computes.
    case featureVersionMismatch(UInt32)
    /// The file ends before its header says it should.
    case truncated
    /// The header is inconsistent (an unknown label scheme or kind, or a wrong label count).
    case malformed(String)
}
