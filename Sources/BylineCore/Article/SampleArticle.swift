import Foundation

/// The article the reader opens when it is given no file, shipped as a resource of the core.
public enum SampleArticle {
    /// The name the sample goes by in the status line and in JSON `source`.
    public static let sourceName = "sample"

    /// The sample's text, or nil if the resource bundle is missing from the installation.
    public static func text() -> String? {
        guard let url = Bundle.module.url(forResource: "sample", withExtension: "txt"),
              let data = try? Data(contentsOf: url) else { return nil }
        return String(decoding: data, as: UTF8.self)
    }
}
